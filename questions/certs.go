package questions

// CertID names a certification. The IDs are stable: content files, answers
// files and JSON output use them.
type CertID string

// The certification IDs. Path rules name certifications only through these,
// so a rule cannot name one the catalogue (and content/) does not have.
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
	PMP         CertID = "pmp"
	PMIACP      CertID = "pmi-acp"
)

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
		{POPM, "SAFe Product Owner/Product Manager (POPM)", IssuerScaledAgile},
		{SSM, "SAFe Scrum Master (SSM)", IssuerScaledAgile},
		{SASM, "SAFe Advanced Scrum Master (SASM)", IssuerScaledAgile},
		{LeadingSAFe, "Leading SAFe (SAFe Agilist)", IssuerScaledAgile},
		{LPM, "SAFe Lean Portfolio Management (LPM)", IssuerScaledAgile},
		{RTE, "SAFe Release Train Engineer (RTE)", IssuerScaledAgile},
		{PSMI, "Professional Scrum Master I (PSM I)", IssuerScrumOrg},
		{PSMII, "Professional Scrum Master II (PSM II)", IssuerScrumOrg},
		{PSMIII, "Professional Scrum Master III (PSM III)", IssuerScrumOrg},
		{PSPOI, "Professional Scrum Product Owner I (PSPO I)", IssuerScrumOrg},
		{PSPOII, "Professional Scrum Product Owner II (PSPO II)", IssuerScrumOrg},
		{PSPOIII, "Professional Scrum Product Owner III (PSPO III)", IssuerScrumOrg},
		{PALI, "Professional Agile Leadership (PAL-I)", IssuerScrumOrg},
		{CSM, "Certified ScrumMaster (CSM)", IssuerScrumAlliance},
		{CSPO, "Certified Scrum Product Owner (CSPO)", IssuerScrumAlliance},
		{ACSM, "Advanced Certified ScrumMaster (A-CSM)", IssuerScrumAlliance},
		{ACSPO, "Advanced Certified Scrum Product Owner (A-CSPO)", IssuerScrumAlliance},
		{PMP, "Project Management Professional (PMP)", IssuerPMI},
		{PMIACP, "PMI Agile Certified Practitioner (PMI-ACP)", IssuerPMI},
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
