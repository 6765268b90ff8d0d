package questions

// CertID names a certification. The IDs are stable: content files, answers
// files and JSON output use them.
type CertID string

// Cert is the minimum the question bank and the path rules need to know about
// a certification; its facts (exam, fees, dates, sources) live in content/.
type Cert struct {
	ID     CertID
	Name   string
	Issuer string
}

// Issuers, as shown to users.
const (
	IssuerScaledAgile   = "Scaled Agile"
	IssuerScrumOrg      = "Scrum.org"
	IssuerScrumAlliance = "Scrum Alliance"
	IssuerPMI           = "PMI"
)

// Certs returns every certification certpath knows, grouped by issuer.
func Certs() []Cert {
	return []Cert{
		{"popm", "SAFe Product Owner/Product Manager (POPM)", IssuerScaledAgile},
		{"ssm", "SAFe Scrum Master (SSM)", IssuerScaledAgile},
		{"sasm", "SAFe Advanced Scrum Master (SASM)", IssuerScaledAgile},
		{"leading-safe", "Leading SAFe (SAFe Agilist)", IssuerScaledAgile},
		{"lpm", "SAFe Lean Portfolio Management (LPM)", IssuerScaledAgile},
		{"rte", "SAFe Release Train Engineer (RTE)", IssuerScaledAgile},
		{"psm-i", "Professional Scrum Master I (PSM I)", IssuerScrumOrg},
		{"psm-ii", "Professional Scrum Master II (PSM II)", IssuerScrumOrg},
		{"psm-iii", "Professional Scrum Master III (PSM III)", IssuerScrumOrg},
		{"pspo-i", "Professional Scrum Product Owner I (PSPO I)", IssuerScrumOrg},
		{"pspo-ii", "Professional Scrum Product Owner II (PSPO II)", IssuerScrumOrg},
		{"pspo-iii", "Professional Scrum Product Owner III (PSPO III)", IssuerScrumOrg},
		{"pal-i", "Professional Agile Leadership (PAL-I)", IssuerScrumOrg},
		{"csm", "Certified ScrumMaster (CSM)", IssuerScrumAlliance},
		{"cspo", "Certified Scrum Product Owner (CSPO)", IssuerScrumAlliance},
		{"a-csm", "Advanced Certified ScrumMaster (A-CSM)", IssuerScrumAlliance},
		{"a-cspo", "Advanced Certified Scrum Product Owner (A-CSPO)", IssuerScrumAlliance},
		{"pmp", "Project Management Professional (PMP)", IssuerPMI},
		{"pmi-acp", "PMI Agile Certified Practitioner (PMI-ACP)", IssuerPMI},
	}
}

// LookupCert returns the certification with the given ID.
func LookupCert(id CertID) (Cert, bool) {
	for _, c := range Certs() {
		if c.ID == id {
			return c, true
		}
	}
	return Cert{}, false
}

// CertName returns the display name of a certification, or its ID when unknown.
func CertName(id CertID) string {
	if c, ok := LookupCert(id); ok {
		return c.Name
	}
	return string(id)
}
