package ansi

import (
	"io"
)

// A CodeBlockElement is used to render code blocks.
//
// certpath: code blocks are drawn in the code block style's colours without
// syntax highlighting, so chroma is not linked: its lexers and styles cost
// about 27 ms of package initialisation at every start and 4 MB of binary.
// Indent, margin and colours are kept; a style's chroma colour for plain
// text is used when the block has no colour of its own.
type CodeBlockElement struct {
	Code     string
	Language string
}

// Render renders a CodeBlockElement.
func (e *CodeBlockElement) Render(w io.Writer, ctx RenderContext) error {
	bs := ctx.blockStack

	var indentation uint
	var margin uint
	rules := ctx.options.Styles.CodeBlock
	if rules.Indent != nil {
		indentation = *rules.Indent
	}
	if rules.Margin != nil {
		margin = *rules.Margin
	}
	style := rules.StylePrimitive
	if rules.Chroma != nil && style.Color == nil {
		style.Color = rules.Chroma.Text.Color
	}

	iw := NewIndentWriter(w, int(indentation+margin), func(_ io.Writer) {
		_, _ = renderText(w, bs.Current().Style.StylePrimitive, " ")
	})
	defer iw.Close() //nolint:errcheck

	el := &BaseElement{
		Token: e.Code,
		Style: style,
	}
	return el.Render(iw, ctx)
}
