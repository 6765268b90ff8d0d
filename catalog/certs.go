package catalog

import (
	"fmt"
	"slices"
	"strings"
)

// CertID names a certification. The IDs are stable: content files, answers
// files and JSON output use them.
type CertID string

// The certification IDs the path rules and the postings lexicon name. They are
// keys only: everything a certification is called, who issues it and where it
// leads is in its front matter, and Catalog.Require checks at load that each
// of these has one.
const (
	POPM        CertID = "popm"
	SSM         CertID = "ssm"
	SASM        CertID = "sasm"
	LeadingSAFe CertID = "leading-safe"
	LPM         CertID = "lpm"
	RTE         CertID = "rte"
	PSMI        CertID = "psm-i"
	PSMII       CertID = "psm-ii"
	PSMIII      CertID = "psm-iii"
	PSPOI       CertID = "pspo-i"
	PSPOII      CertID = "pspo-ii"
	PSPOIII     CertID = "pspo-iii"
	PALI        CertID = "pal-i"
	CSM         CertID = "csm"
	CSPO        CertID = "cspo"
	ACSM        CertID = "a-csm"
	ACSPO       CertID = "a-cspo"
	CSPSM       CertID = "csp-sm"
	CSPPO       CertID = "csp-po"
	PMP         CertID = "pmp"
	PMIACP      CertID = "pmi-acp"
)

// Cert is a certification's identity, as its front matter gives it.
type Cert struct {
	ID     CertID `yaml:"id" json:"id"`
	Name   string `yaml:"name" json:"name"`
	Short  string `yaml:"short" json:"short"`
	Issuer string `yaml:"issuer" json:"issuer"`
	// Order places the certification in the catalogue: issuers together,
	// each issuer's levels in order.
	Order int `yaml:"order" json:"-"`
	// LeadsTo lists where the certification leads; the first entry is its
	// next level, which the path offers to someone who already holds it.
	LeadsTo []CertID `yaml:"leads_to" json:"-"`
	// Profiles are the role profiles the certification fits. The profile
	// pages list their certifications from these, so the two cannot disagree.
	Profiles []ProfileID `yaml:"profiles" json:"profiles"`
	// Rules are what the path planner reads: track, level, hard
	// prerequisites, recommended order and the contexts it fits.
	Rules Rules `yaml:"rules" json:"rules"`
	// Reasons are the sentences that say why the certification is on a
	// path, each with its condition; the planner picks the first that holds.
	Reasons []ReasonCase `yaml:"reasons" json:"-"`
	// Postings is how job postings name the certification.
	Postings InPostings `yaml:"postings" json:"-"`
	// RenewalYears is how often the certification renews (0: never): the
	// planner prefers one that never needs renewing where two do the same
	// job, and the report counts the renewals' cost.
	RenewalYears int `yaml:"renewal_years" json:"-"`
}

// FullName is the name with the short name in brackets when the name does not
// already contain it: "Certified ScrumMaster (CSM)", "Leading SAFe (SAFe Agilist)".
func (c Cert) FullName() string { return fullName(c.Name, c.Short) }

// Catalog is every certification certpath knows, in catalogue order. It is a
// value: build it with New and share it freely.
type Catalog struct {
	certs []Cert
	plans map[ProfileID]ProfilePlan
	// outside are the certifications certpath names but does not cover.
	outside []Outside
}

// New orders certifications by their Order (then ID) into a catalog.
func New(certs []Cert) Catalog {
	out := slices.Clone(certs)
	slices.SortStableFunc(out, func(a, b Cert) int {
		if a.Order != b.Order {
			return a.Order - b.Order
		}
		return strings.Compare(string(a.ID), string(b.ID))
	})
	return Catalog{certs: out}
}

// Certs returns every certification in catalogue order.
func (c Catalog) Certs() []Cert { return slices.Clone(c.certs) }

// Lookup returns the certification with the given ID.
func (c Catalog) Lookup(id CertID) (Cert, bool) {
	for _, x := range c.certs {
		if x.ID == id {
			return x, true
		}
	}
	return Cert{}, false
}

// Name returns a certification's full name, or its ID when unknown.
func (c Catalog) Name(id CertID) string {
	if x, ok := c.Lookup(id); ok {
		return x.FullName()
	}
	return string(id)
}

// Next returns the next level of a certification: the first entry of its
// leads_to.
func (c Catalog) Next(id CertID) (CertID, bool) {
	x, ok := c.Lookup(id)
	if !ok || len(x.LeadsTo) == 0 {
		return "", false
	}
	return x.LeadsTo[0], true
}

// ForProfile lists the certifications that fit a profile, in catalogue order.
func (c Catalog) ForProfile(p ProfileID) []CertID {
	var out []CertID
	for _, x := range c.certs {
		if slices.Contains(x.Profiles, p) {
			out = append(out, x.ID)
		}
	}
	return out
}

// Require reports every ID in ids that the catalog lacks; what names them
// (the path rules, the lexicon) says so in `who`.
func (c Catalog) Require(who string, ids ...CertID) error {
	var missing []string
	for _, id := range ids {
		if _, ok := c.Lookup(id); !ok && !slices.Contains(missing, string(id)) {
			missing = append(missing, string(id))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%s name certifications the content does not have: %s; add certs/ID.md for each", who, strings.Join(missing, ", "))
	}
	return nil
}

// RuleCerts lists every certification ID the path rules can name.
func RuleCerts() []CertID {
	return []CertID{POPM, SSM, SASM, LeadingSAFe, LPM, RTE, PSMI, PSMII, PSMIII, PSPOI, PSPOII, PSPOIII, PALI, CSM, CSPO, ACSM, ACSPO, CSPSM, CSPPO, PMP, PMIACP}
}

// The issuers, as shown to users; a certification's front matter names one.
const (
	IssuerScaledAgile   = "Scaled Agile"
	IssuerScrumOrg      = "Scrum.org"
	IssuerScrumAlliance = "Scrum Alliance"
	IssuerPMI           = "PMI"
)

// Issuers lists the issuers certpath covers, in catalogue order.
func Issuers() []string {
	return []string{IssuerScaledAgile, IssuerScrumOrg, IssuerScrumAlliance, IssuerPMI}
}
