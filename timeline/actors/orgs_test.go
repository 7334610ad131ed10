package actors

import "testing"

func TestAcronyms(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"known name and acronym", "The Rapid Support Forces (RSF) attacked. The RSF denied it.",
			"Rapid Support Forces=Rapid Support Forces; RSF=Rapid Support Forces; RSF=Rapid Support Forces"},
		{"known court", "The International Criminal Court (ICC) issued a warrant. The ICC said so.",
			"International Criminal Court=International Criminal Court; ICC=International Criminal Court; ICC=International Criminal Court"},
		{"acronym as a word", "The Economic Community of West African States (Ecowas) met. Ecowas suspended Niger.",
			"Economic Community of West African States=ECOWAS; Ecowas=ECOWAS; Ecowas=ECOWAS; Niger=Niger"},
		{"unknown organization", "The Alliance for Change (AFC) said so. The AFC later denied it; the Alliance for Change agreed.",
			"Alliance for Change=Alliance for Change; AFC=Alliance for Change; AFC=Alliance for Change; Alliance for Change=Alliance for Change"},
		{"unknown group with its country", "The Sudan Liberation Army (SLA) split. SLA fighters left.",
			"Sudan Liberation Army=Sudan Liberation Army; SLA=Sudan Liberation Army; SLA=Sudan Liberation Army"},
		{"possessive and particle inside the name", "The Lord's Resistance Army (LRA) and Hayat Tahrir al-Sham (HTS) fought.",
			"Lord's Resistance Army=Lord's Resistance Army; LRA=Lord's Resistance Army; Hayat Tahrir al-Sham=Hayat Tahrir al-Sham; HTS=Hayat Tahrir al-Sham"},
		{"another spelling of a known name", "The Israeli Defense Forces (IDF) struck. The Israeli Defense Forces said.",
			"Israeli Defense Forces=Israel Defense Forces; IDF=Israel Defense Forces; Israeli Defense Forces=Israel Defense Forces"},
		{"a new acronym for a known country", "the Democratic Republic of Congo (DRC) and the Central African Republic (CAR). CAR troops left.",
			"Democratic Republic of Congo=Democratic Republic of the Congo; DRC=Democratic Republic of the Congo; Central African Republic=Central African Republic; CAR=Central African Republic; CAR=Central African Republic"},
		{"the document's acronym over the gazetteer's", "The International Cricket Council (ICC) fined him. The ICC said.",
			"International Cricket Council=International Cricket Council; ICC=International Cricket Council; ICC=International Cricket Council"},
		{"all-capital word gives its letters", "The UN Security Council (UNSC) met. The UNSC said.",
			"UN Security Council=UN Security Council; UNSC=UN Security Council; UNSC=UN Security Council"},
		{"connector without a letter", "the Organization of the Petroleum Exporting Countries (OPEC) met",
			"Organization of the Petroleum Exporting Countries=OPEC; OPEC=OPEC"},
		{"spokesman of a defined organization", "The Alliance for Change (AFC) said so. AFC spokesman John Doe said. Doe left.",
			"Alliance for Change=Alliance for Change; AFC=Alliance for Change; John Doe=John Doe; Doe=John Doe"},
		{"name inside a known phrase", "The North Korean People's Army (KPA) fired.",
			"North Korean=North Korea"},
		{"not initials", "WASHINGTON (AP) — Mohamed Hamdan Dagalo (Hemedti) spoke.",
			"Mohamed Hamdan Dagalo=Mohamed Hamdan Dagalo; Hemedti=Mohamed Hamdan Dagalo"},
		{"no organization", "Gross Domestic Product (GDP) rose. The Chief Executive Officer (CEO) and a Member of Parliament (MP) left.", ""},
		{"lower-case name", "an improvised explosive device (IED) exploded", ""},
		{"acronym before its definition is unknown", "The AFC met. The Alliance for Change (AFC) said so.",
			"Alliance for Change=Alliance for Change; AFC=Alliance for Change"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g := got(Find(tt.text)); g != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, g, tt.want)
			}
		})
	}
}

func TestAcronymActor(t *testing.T) {
	ms := Find("The Sudan Liberation Army (SLA) split.")
	if len(ms) != 2 {
		t.Fatalf("got %d mentions, want 2: %s", len(ms), got(ms))
	}
	a := ms[1].Actor
	if a.Name != "Sudan Liberation Army" || a.Kind != Group || a.Affiliation != "Sudan" || len(a.Aliases) != 1 || a.Aliases[0] != "SLA" {
		t.Errorf("got %+v, want the group Sudan Liberation Army of Sudan, alias SLA", a)
	}
	ms = Find("The Alliance for Change (AFC) said so.")
	if a := ms[0].Actor; a.Kind != Organization {
		t.Errorf("got %+v, want an organization", a)
	}
}
