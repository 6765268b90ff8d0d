// Package catalog holds the names every other package shares: the eight role
// profiles, the framework contexts, and the certification identities (ID,
// name, issuer, level, where it leads, the profiles it fits). The identities
// are read from each certification's front matter in content/; this package
// only gives them a type, so that the question bank, the path rules, the
// postings analyzer and the screens can name a certification without
// importing the content loader.
package catalog

// ProfileID names a role profile. The IDs are stable: they appear in answers
// files, JSON output and content file names.
type ProfileID string

// The eight role profiles certpath scores against.
const (
	ProductOwner         ProfileID = "product-owner"
	ProductManager       ProfileID = "product-manager"
	ScrumMaster          ProfileID = "scrum-master"
	ReleaseTrainEngineer ProfileID = "release-train-engineer"
	AgileCoach           ProfileID = "agile-coach"
	PortfolioManager     ProfileID = "portfolio-manager"
	AgileLeader          ProfileID = "agile-leader"
	ProjectManager       ProfileID = "project-manager"
)

// Profile is a role the answers are scored against.
type Profile struct {
	ID   ProfileID
	Name string
}

// Profiles returns the role profiles in their canonical order, which also
// breaks ties in the ranking so that results never depend on map order.
func Profiles() []Profile {
	return []Profile{
		{ProductOwner, "Product Owner"},
		{ProductManager, "Product Manager"},
		{ScrumMaster, "Scrum Master"},
		{ReleaseTrainEngineer, "Release Train Engineer"},
		{AgileCoach, "Agile Coach"},
		{PortfolioManager, "Portfolio Manager"},
		{AgileLeader, "Agile Leader"},
		{ProjectManager, "Project Manager"},
	}
}

// KnownProfile reports whether id is one of the eight profiles.
func KnownProfile(id ProfileID) bool {
	for _, p := range Profiles() {
		if p.ID == id {
			return true
		}
	}
	return false
}

// ProfileName returns the display name of a profile, or its ID when unknown.
func ProfileName(id ProfileID) string {
	for _, p := range Profiles() {
		if p.ID == id {
			return p.Name
		}
	}
	return string(id)
}

// Framework names the delivery context a person works in; it decides which
// issuer's certifications fit.
type Framework string

// The framework contexts answers can point to.
const (
	SAFe    Framework = "safe"
	Scrum   Framework = "scrum"
	Project Framework = "project"
)

// FrameworkName returns the display name of a framework context.
func FrameworkName(f Framework) string {
	switch f {
	case SAFe:
		return "SAFe on an Agile Release Train"
	case Scrum:
		return "Scrum without a scaling framework"
	case Project:
		return "Project governance"
	}
	return string(f)
}

// Frameworks returns the framework contexts in canonical order.
func Frameworks() []Framework { return []Framework{SAFe, Scrum, Project} }
