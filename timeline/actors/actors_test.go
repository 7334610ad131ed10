package actors

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// got renders mentions as "text=Name" for compact comparison.
func got(ms []Mention) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, m.Text+"="+m.Actor.Name)
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"gazetteer person and country", "Russia’s Vladimir Putin hosted Bashar al-Assad.",
			"Vladimir Putin=Vladimir Putin; Bashar al-Assad=Bashar al-Assad"},
		{"surname and prefix forms", "Assad met Putin. Later al-Assad said so. Bashar Assad agreed.",
			"Assad=Bashar al-Assad; Putin=Vladimir Putin; al-Assad=Bashar al-Assad; Bashar Assad=Bashar al-Assad"},
		{"without diacritics", "Turkish President Tayyip Erdogan spoke. Erdoğan left.",
			"Tayyip Erdogan=Recep Tayyip Erdoğan; Erdoğan=Recep Tayyip Erdoğan"},
		{"title with affiliation", "Kremlin spokesman Dmitry Peskov gave no other information.",
			"Dmitry Peskov=Dmitry Peskov"},
		{"capital as metonym", "Moscow said the talks went well, angering Damascus.",
			"Moscow=Russia; Damascus=Syria"},
		{"capital as place", "The two men met in Moscow on Wednesday.", ""},
		{"metonym as place", "They last met in the Kremlin.", ""},
		{"metonym as actor", "The Kremlin said the meeting took place.", "Kremlin=Russia"},
		{"demonyms", "the Turkish, Syrian and Russian defence ministers held talks",
			"Turkish=Turkey; Syrian=Syria; Russian=Russia"},
		{"longest match wins", "the US-backed Syrian Democratic Forces",
			"US=United States; Syrian Democratic Forces=Syrian Democratic Forces"},
		{"acronym needs capitals", "Let us know what the US and the UN think.",
			"US=United States; UN=United Nations"},
		{"photo credit glued to a year", "Hadi Mizban/AP2010", ""},
		{"role phrase before the name", "Russia's head of state met the Syrian president. Vladimir Putin hosted Bashar al-Assad.",
			"Russia's head of state=Vladimir Putin; the Syrian president=Bashar al-Assad; Vladimir Putin=Vladimir Putin; Bashar al-Assad=Bashar al-Assad"},
		{"role phrase without a holder names the country", "The Syrian president did not comment.",
			"Syrian=Syria"},
		{"late alias needs the full name", "Kim said nothing.", ""},
		{"late alias after the full name", "Kim Jong Un test-fired a missile. Kim said nothing.",
			"Kim Jong Un=Kim Jong Un; Kim=Kim Jong Un"},
		{"form of address before a common surname is someone else", "Dr. Lee and Mr. Kim were informed.",
			"Lee=Lee; Kim=Kim"},
		{"form of address after the full name", "Kim Jong Un test-fired a missile. Mr. Kim said nothing.",
			"Kim Jong Un=Kim Jong Un; Kim=Kim Jong Un"},
		{"form of address before the full name", "Mr. Kim said nothing. Kim Jong Un test-fired a missile.",
			"Kim=Kim Jong Un; Kim Jong Un=Kim Jong Un"},
		{"office the person holds", "President Lee met Japanese officials.", "Lee=Lee Jae-myung; Japanese=Japan"},
		{"office the person does not hold", "Governor Lee met Japanese officials.", "Japanese=Japan"},
		{"generic title for a head of state", "North Korean leader Kim oversaw the test.", "Kim=Kim Jong Un"},
		{"unknown person from title", "Sudanese Foreign Minister Ali Yousef Ahmed said the talks failed. Ahmed added that the Sudanese foreign minister would travel.",
			"Ali Yousef Ahmed=Ali Yousef Ahmed; Ahmed=Ali Yousef Ahmed; the Sudanese foreign minister=Ali Yousef Ahmed"},
		{"unknown president with one name", "President Ndayishimiye spoke in Gitega.", "Ndayishimiye=Ndayishimiye"},
		{"apposition after a title", "South Korea's national security adviser, Chang Ho-jin, said Seoul would act. Chang added more.",
			"Chang Ho-jin=Chang Ho-jin; Seoul=South Korea; Chang=Chang Ho-jin"},
		{"modifier between country and title", "Niger's new prime minister, Ali Lamine Zeine, spoke.", "Ali Lamine Zeine=Ali Lamine Zeine"},
		{"title-case headline is not a name", "Syrian President Meets Putin In Moscow", "Syrian=Syria; Putin=Vladimir Putin"},
		{"role phrase of an organization", "Hamas leader Ismail Haniyeh was killed in Tehran. The Hamas chief had lived in Qatar.",
			"Ismail Haniyeh=Ismail Haniyeh; The Hamas chief=Ismail Haniyeh; Qatar=Qatar"},
		{"role phrase after the name", "UN Secretary-General António Guterres spoke. Later the UN chief left.",
			"António Guterres=António Guterres; the UN chief=António Guterres"},
		{"country name as a first name", "Israel's Defense Minister Israel Katz said Katz would act.", "Israel Katz=Israel Katz; Katz=Israel Katz"},
		{"dateline capital is not an actor", "KYIV, March 22 (Reuters) - Russia attacked.", "Russia=Russia"},
		{"dateline with its country", "KYIV, Ukraine (AP) — Russia attacked.", "Russia=Russia"},
		{"dateline with dashes", "TAIPEI -- China began drills.", "China=China"},
		{"capital after from is no actor", "From Pyongyang, Putin flew to Hanoi.", "Putin=Vladimir Putin"},
		{"speaker after a country", "then U.S. House Speaker Nancy Pelosi visited Taipei.", "Nancy Pelosi=Nancy Pelosi"},
		{"speaker as a title", "Tsai Ing-wen met Speaker Kevin McCarthy in California.",
			"Tsai Ing-wen=Tsai Ing-wen; Kevin McCarthy=Kevin McCarthy"},
		{"speaker introduces an unknown person", "Parliament Speaker Ruslan Stefanchuk said so.", "Ruslan Stefanchuk=Ruslan Stefanchuk"},
		{"rank without dots", "On 23 January, Maj Gen Peter Cirimwami was killed. Lt Gen Sylvain Ekenge spoke.",
			"Peter Cirimwami=Peter Cirimwami; Sylvain Ekenge=Sylvain Ekenge"},
		{"rank is no name", "Gen Z voters and Gen. Smith agreed.", ""},
		{"rank with one dot", "Maj Gen. Ahmed Ali said the army advanced. Ali added more.",
			"Ahmed Ali=Ahmed Ali; Ali=Ahmed Ali"},
		{"rank with dots or none", "Maj. Gen. Hassan Omar spoke. Lt Col Yusuf Ibrahim and Lt. Col Ali Kushayb agreed. Brig Gen Abdel Rahman Musa denied it.",
			"Hassan Omar=Hassan Omar; Yusuf Ibrahim=Yusuf Ibrahim; Ali Kushayb=Ali Kushayb; Abdel Rahman Musa=Abdel Rahman Musa"},
		{"admiral without a dot", "Vice Adm Charles Bradley and Rear Adm. Jane Doe spoke.", "Charles Bradley=Charles Bradley; Jane Doe=Jane Doe"},
		{"a dropped dot needs a capital", "the next-gen Samsung Galaxy sold well", ""},
		{"a title that keeps its dot", "Sen Ali Ahmed spoke. Sen. Lindsey Graham agreed.", "Lindsey Graham=Lindsey Graham"},
		{"current leader and late surname", "Lai Ching-te was sworn in as Taiwan's president. Blinken congratulated Lai.",
			"Lai Ching-te=Lai Ching-te; Taiwan's president=Lai Ching-te; Blinken=Antony Blinken; Lai=Lai Ching-te"},
		{"hyphenated Korean given name", "South Korean President Moon Jae-in met Kim Jong-un. Moon said the talks went well.",
			"Moon Jae-in=Moon Jae-in; Kim Jong-un=Kim Jong Un; Moon=Moon Jae-in"},
		{"Korean name spelled with a hyphen or without", "President Yoon Suk-yeol declared martial law. Lee Jae Myung opposed it. Yoon apologized; Lee won.",
			"Yoon Suk-yeol=Yoon Suk Yeol; Lee Jae Myung=Lee Jae-myung; Yoon=Yoon Suk Yeol; Lee=Lee Jae-myung"},
		{"former office of a Korean president", "Yoon Suk Yeol was arrested. Former President Yoon was indicted.",
			"Yoon Suk Yeol=Yoon Suk Yeol; Yoon=Yoon Suk Yeol"},
		{"Taiwanese names", "Tsai Ing-wen visited. Tsai said Taiwan would not bow. Ko Wen-je was indicted; Ko denied it.",
			"Tsai Ing-wen=Tsai Ing-wen; Tsai=Tsai Ing-wen; Taiwan=Taiwan; Ko Wen-je=Ko Wen-je; Ko=Ko Wen-je"},
		{"Chinese name with a hyphen", "Chinese leader Xi Jin-ping spoke. Xi left.", "Xi Jin-ping=Xi Jinping; Xi=Xi Jinping"},
		{"unknown Korean name is not the known surname", "Kim Jong Un fired a missile. Kim Keun-sik, a professor, said Kim was isolated. Kim Keun-sik added more.",
			"Kim Jong Un=Kim Jong Un; Kim Keun-sik=Kim Keun-sik; Kim=Kim Jong Un; Kim Keun-sik=Kim Keun-sik"},
		{"unknown Korean name, capitalized syllables", "Moon Jae-In met Park Geun-Hye. Park was jailed.",
			"Moon Jae-In=Moon Jae-in; Park Geun-Hye=Park Geun-Hye; Park=Park Geun-Hye"},
		{"hyphenated words after names are no given names", "The Hong Kong-based firm and the Yang Wang-led team met Tom Kent-Smith.", ""},
		{"family name first after a title", "Chinese spokesperson Guo Jiakun said so. Guo added more.",
			"Guo Jiakun=Guo Jiakun; Guo=Guo Jiakun"},
		{"occupations introduce names", "Cuban journalist Luis Baez spoke. Immigration official Jurie de Wet and lawyer Kendall Coffey agreed. Coffey left.",
			"Luis Baez=Luis Baez; Jurie de Wet=Jurie de Wet; Kendall Coffey=Kendall Coffey; Coffey=Kendall Coffey"},
		{"a subject is no affiliation", "Russia expert Fiona Hill testified. Wagner founder Yevgeny Prigozhin died.",
			"Russia=Russia; Fiona Hill=Fiona Hill; Wagner=Wagner Group; Yevgeny Prigozhin=Yevgeny Prigozhin"},
		{"known name after a title is no person", "an official U.S. estimate and official Tass News Agency reports", "U.S.=United States"},
		{"apostrophe and particle in a name", "U.S. Attorney Denise E. O'Donnell declined. President Daniel arap Moi spoke.",
			"Denise E. O'Donnell=Denise E. O'Donnell; Daniel arap Moi=Daniel arap Moi"},
		{"surname with an apostrophe later", "Sen. Alfonse D'Amato lost. D'Amato conceded. Sen. D'Amato left.",
			"Alfonse D'Amato=Alfonse D'Amato; D'Amato=Alfonse D'Amato; D'Amato=Alfonse D'Amato"},
		{"title before a hyphenated surname", "Press secretary Karine Jean-Pierre spoke. Press Secretary Jean-Pierre left.",
			"Karine Jean-Pierre=Karine Jean-Pierre; Jean-Pierre=Karine Jean-Pierre"},
		{"one-word name after a title, later alone", "President Clinton asked for calm. Clinton said the law was followed.",
			"Clinton=Clinton; Clinton=Clinton"},
		{"full name without the title", "Fidel Castro's point man spoke. President Fidel Castro attended. Castro left.",
			"Fidel Castro=Fidel Castro; Fidel Castro=Fidel Castro; Castro=Fidel Castro"},
		{"name in apposition before the title", "Ricardo Alarcon, president of the National Assembly, spoke. Basem Naim, a senior Hamas official, said so. Naim left.",
			"Ricardo Alarcon=Ricardo Alarcon; Basem Naim=Basem Naim; Naim=Basem Naim"},
		{"apposition with a country and modifiers", "Tom Perriello, the US special envoy for Sudan, said talks could resume. David Abraham, an immigration law professor, agreed.",
			"Tom Perriello=Tom Perriello; Sudan=Sudan; David Abraham=David Abraham"},
		{"apposition after a title and a name", "Prince Bandar bin Sultan, the Saudi ambassador, spoke. Bandar Khalid, the Saudi ambassador, spoke.",
			"Bandar bin Sultan=Bandar bin Sultan; Bandar Khalid=Bandar Khalid"},
		{"name after the title's complement", "The head of Ukrenergo, Volodymyr Kudrytskyi, said so. Russia's ambassador to the UN, Vassily Nebenzia, agreed.",
			"Volodymyr Kudrytskyi=Volodymyr Kudrytskyi; UN=United Nations; Vassily Nebenzia=Vassily Nebenzia"},
		{"complement and apposition in the sources", "The US special envoy for Sudan, Tom Perriello, said last week that talks could restart.",
			"Sudan=Sudan; Tom Perriello=Tom Perriello"},
		{"no name after a complement", "He went to the head of the table, Mr Smith said. The head of the army, in Khartoum, spoke.", "Smith=Smith"},
		{"no name in apposition", "In Kfar Kila, the mayor said so. On Friday, the president said so. Human Rights Watch, the group's director, said so.",
			"Human Rights Watch=Human Rights Watch"},
		{"first name before a known surname", "Ukraine's President Volodymyr Zelenskiy met Recep Erdogan.",
			"Volodymyr Zelenskiy=Volodymyr Zelensky; Recep Erdogan=Recep Tayyip Erdoğan"},
		{"a first name of someone else", "Joe Trump said so.", "Trump=Donald Trump"},
		{"a person's title after the person", "Zelenskiy's chief of staff Andriy Yermak called the demands unacceptable.",
			"Zelenskiy=Volodymyr Zelensky; Andriy Yermak=Andriy Yermak"},
		{"title after title", "Junta spokesman Major General Zaw Min Tun said it. Army spokesman Brigadier General Min Naing agreed.",
			"Zaw Min Tun=Zaw Min Tun; Min Naing=Min Naing"},
		{"rank after an office", "Ukrainian commander Gen. Oleksandr Syrskyi and commander Gen. Ivan Petrenko spoke.",
			"Oleksandr Syrskyi=Oleksandr Syrskyi; Ivan Petrenko=Ivan Petrenko"},
		{"long title", "Japan's Chief Cabinet Secretary Yoshimasa Hayashi met Chief Executive Officer Tim Cook.",
			"Yoshimasa Hayashi=Yoshimasa Hayashi; Tim Cook=Tim Cook"},
		{"apposition after the title", "according to the regional governor, Pavel Malkov. The deputy mayor, Ivan Ivanov, left.",
			"Pavel Malkov=Pavel Malkov; Ivan Ivanov=Ivan Ivanov"},
		{"apposition needs a full name", "said the regional governor, Kharkiv officials said.", ""},
		{"regional governor", "regional Gov. Oleh Syniehubov said. Ukraine's Air Force spokesperson Yurii Ihnat agreed.",
			"Oleh Syniehubov=Oleh Syniehubov; Yurii Ihnat=Yurii Ihnat"},
		{"body between country and title", "Chinese Foreign Ministry spokesperson Guo Jiakun said so. Later the Chinese Foreign Ministry spokesperson added more.",
			"Guo Jiakun=Guo Jiakun; the Chinese Foreign Ministry spokesperson=Guo Jiakun"},
		{"group with a body word in its name", "Islamic State spokesman Abu Hudhayfa al-Ansari spoke.", "Abu Hudhayfa al-Ansari=Abu Hudhayfa al-Ansari"},
		{"armed groups and missions", "The MNDAA and the Three Brotherhood Alliance fought the Myanmar junta, Monusco said.",
			"MNDAA=Myanmar National Democratic Alliance Army; Three Brotherhood Alliance=Three Brotherhood Alliance; Myanmar junta=State Administration Council; Monusco=MONUSCO"},
		{"military commands", "The People's Liberation Army's Eastern Theater Command said so.",
			"People's Liberation Army=People's Liberation Army; Eastern Theater Command=Eastern Theater Command"},
		{"title does not swallow a date", "President Putin Wednesday said", "Putin=Vladimir Putin"},
		{"organizations and groups", "NATO and the European Union condemned Hezbollah and the Islamic State group.",
			"NATO=NATO; European Union=European Union; Hezbollah=Hezbollah; Islamic State=Islamic State"},
		{"lower-case common word is not a country", "the turkey was served; chad is a name", ""},
		{"dotted abbreviation", "U.S. officials met U.N. envoys.", "U.S.=United States; U.N.=United Nations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g := got(Find(tt.text)); g != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, g, tt.want)
			}
		})
	}
}

func TestFindAffiliation(t *testing.T) {
	ms := Find("Sudanese Foreign Minister Ali Yousef Ahmed said the talks failed.")
	if len(ms) != 1 {
		t.Fatalf("got %d mentions, want 1: %s", len(ms), got(ms))
	}
	a := ms[0].Actor
	if a.Kind != Person || a.Affiliation != "Sudan" || len(a.Aliases) != 1 || a.Aliases[0] != "Ahmed" {
		t.Errorf("got %+v, want a person affiliated with Sudan, alias Ahmed", a)
	}
	ms = Find("South Korea's Cho Hyun-dong said so.")
	if a := ms[0].Actor; a.Affiliation != "South Korea" || len(a.Aliases) != 1 || a.Aliases[0] != "Cho" {
		t.Errorf("got %+v, want a person affiliated with South Korea, alias Cho", a)
	}
	ms = Find("Ukraine's Air Force spokesperson Yurii Ihnat said so.")
	if a := ms[0].Actor; a.Affiliation != "Ukraine" {
		t.Errorf("got %+v, want a person affiliated with Ukraine", a)
	}
	ms = Find("Cuban journalist Luis Baez and Russia expert Fiona Hill spoke.")
	if a := ms[0].Actor; a.Affiliation != "Cuba" {
		t.Errorf("got %+v, want a person affiliated with Cuba", a)
	}
	if a := ms[2].Actor; a.Name != "Fiona Hill" || a.Affiliation != "" {
		t.Errorf("got %+v, want Fiona Hill without affiliation", a)
	}
	ms = Find("Basem Naim, a senior Hamas official, said so.")
	if a := ms[0].Actor; a.Name != "Basem Naim" || a.Affiliation != "Hamas" {
		t.Errorf("got %+v, want Basem Naim of Hamas", a)
	}
	ms = Find("Vladimir Putin spoke.")
	if a := ms[0].Actor; a.Affiliation != "Russia" || a.Kind != Person {
		t.Errorf("got %+v, want a person affiliated with Russia", a)
	}
}

func TestFindPlaces(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Putin hosted Assad in Moscow on Wednesday.", "Moscow=Moscow/Russia"},
		{"with Vladimir Putin in Moscow, Russia, July 24, 2024", "Moscow, Russia=Moscow/Russia"},
		{"a village outside Mosul, Iraq.", "Mosul, Iraq=Mosul/Iraq"},
		{"they last met in the Kremlin", "Kremlin=Kremlin/Russia"},
		{"troops stayed in Syria", "Syria=Syria/Syria"},
		{"fighting around Aleppo", "Aleppo=Aleppo/Syria"},
		{"Moscow said no", ""},
		{"troops stayed in the United States", "United States=United States/United States"},
		{"fighting in eastern Ukraine", "Ukraine=Ukraine/Ukraine"},
		{"peacekeepers from South Africa, Malawi and Uruguay had been killed", ""},
		{"Burkina Faso has moved closer to Russia.", ""},
		{"Tokyo had conveyed its concerns to China", ""},
		{"Putin travelled to Beijing", "Beijing=Beijing/China"},
		{"the rebels would push on to Bukavu and to Kinshasa", "Bukavu=Bukavu/Democratic Republic of the Congo; Kinshasa=Kinshasa/Democratic Republic of the Congo"},
		{"From Pyongyang, Putin flew to Hanoi", "Hanoi=Hanoi/Vietnam"},
		{"KYIV, Ukraine (AP) — Russia attacked Kharkiv.", "Kharkiv=Kharkiv/Ukraine"},
		{"in Washington's view, it failed", ""},
		{"in Israeli strikes", ""},
		{"© Boureima Hama / AFP", ""},
		{"after capturing the town of Minova on 21 January", "Minova=Minova/Democratic Republic of the Congo"},
		{"after capturing the town of Kalehe on 21 January", "Kalehe=Kalehe/"},
		{"a house in the southern Lebanese town of Kfar Kila killed three", "Kfar Kila=Kfar Kila/Lebanon"},
		{"an oil refinery in Ryazan, some 200km south-east of Moscow", "Ryazan=Ryazan/Russia"},
		{"an oil refinery in Kstovo, some 400km east of Moscow", "Kstovo=Kstovo/"},
		{"an attack on an army post near Djibo on Friday", "Djibo=Djibo/Burkina Faso"},
		{"an attack on an army post near Arbinda on Friday", "Arbinda=Arbinda/"},
		{"ministers, meeting in Luang Prabang on 29 January", "Luang Prabang=Luang Prabang/"},
		{"an attack in Djibo, Burkina Faso, on Friday", "Djibo, Burkina Faso=Djibo/Burkina Faso"},
		{"an attack in Arbinda, Burkina Faso, on Friday", "Arbinda, Burkina Faso=Arbinda/Burkina Faso"},
		{"the MNDAA captured Laukkai, a town on the Chinese border", "Laukkai=Laukkai/Myanmar"},
		{"the MNDAA captured Hsenwi, a town on the road to China", "Hsenwi=Hsenwi/"},
		{"fighting has intensified in Rakhine State, where", "Rakhine State=Rakhine State/Myanmar"},
		{"fighting has intensified in Chin State, where", "Chin State=Chin State/"},
		{"a drone hit a depot in Ryazan Oblast overnight", "Ryazan Oblast=Ryazan/Russia"},
		{"a drone hit a depot in Tambov Oblast overnight", "Tambov Oblast=Tambov/"},
		{"shelling of the Kherson Region and Idlib Governorate", "Kherson Region=Kherson/Ukraine; Idlib Governorate=Idlib/Syria"},
		{"crimes committed in North Kivu since January 2022", "North Kivu=North Kivu/Democratic Republic of the Congo"},
		{"crimes committed in Upper Nile since January 2022", "Upper Nile=Upper Nile/"},
		{"strikes on Khan Younis, Rafah and Deir ez-Zor", "Khan Younis=Khan Younis/Palestine; Rafah=Rafah/Palestine; Deir ez-Zor=Deir ez-Zor/Syria"},
		{"the RSF besieged El Fasher; M23 took Goma", "El Fasher=El Fasher/Sudan; Goma=Goma/Democratic Republic of the Congo"},
		{"blockades of Timbuktu, Mandalay and Marawi", "Timbuktu=Timbuktu/Mali; Mandalay=Mandalay/Myanmar; Marawi=Marawi/Philippines"},
		{"drones over Kursk, Belgorod and Bryansk", "Kursk=Kursk/Russia; Belgorod=Belgorod/Russia; Bryansk=Bryansk/Russia"},
		{"Kharkov, Zaporozhye and Kherson were shelled", "Kharkov=Kharkov/Ukraine; Zaporozhye=Zaporozhye/Ukraine; Kherson=Kherson/Ukraine"},
		{"tensions in the Red Sea, U.S. and British officials said", "Red Sea=Red Sea/"},
		{"a clinic in Birmingham, Ala., was bombed", "Birmingham, Ala.=Birmingham/United States"},
		{"in Atlanta, Georgia, on Friday", "Atlanta, Georgia=Atlanta/United States"},
		{"a doctor in Buffalo, N.Y., was shot", "Buffalo, N.Y.=Buffalo/United States"},
		{"talks in London, New York and Paris", "London=London/United Kingdom; New York=New York/United States"},
		{"In January, the talks failed", ""},
		{"a vote in Parliament on Tuesday", ""},
		{"they live in Sunni areas", ""},
		{"interest in Bitcoin, he said", ""},
		{"in Arabic, the word means", ""},
		{"fighting in Operation 1027", ""},
		{"in Ivanov's view", ""},
		{"a rally in Western capitals", ""},
		{"as seen in West, the", ""},
		{"tensions were rising in the Middle East, but", "Middle East=Middle East/"},
	}
	for _, tt := range tests {
		var parts []string
		for _, p := range FindPlaces(tt.text) {
			parts = append(parts, p.Text+"="+p.Name+"/"+p.Country)
		}
		if g := strings.Join(parts, "; "); g != tt.want {
			t.Errorf("FindPlaces(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name, want string
		kind       Kind
	}{
		{"erdogan", "Recep Tayyip Erdoğan", Person},
		{"Turkish President", "Recep Tayyip Erdoğan", Person},
		{"russian foreign minister", "Sergei Lavrov", Person},
		{"ukrainian foreign minister", "", ""}, // Kuleba and Sybiha: no alias
		{"ERDOĞAN", "Recep Tayyip Erdoğan", Person},
		{"Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", Person},
		{"assad", "Bashar al-Assad", Person},
		{"al-assad", "Bashar al-Assad", Person},
		{"putin", "Vladimir Putin", Person},
		{"Türkiye", "Turkey", Country},
		{"syrian", "Syria", Country},
		{"the kremlin", "", ""},
		{"kremlin", "Russia", Country},
		{"sdf", "Syrian Democratic Forces", Group},
		{" syrian democratic forces ", "Syrian Democratic Forces", Group},
		{"un", "United Nations", Organization},
		{"nobody at all", "", ""},
		{"William Lai", "Lai Ching-te", Person},
		{"pelosi", "Nancy Pelosi", Person},
		{"Yurii Ihnat", "Yurii Ihnat", Person},
		{"mndaa", "Myanmar National Democratic Alliance Army", Group},
		{"Monusco", "MONUSCO", Organization},
		{"Eastern Theatre Command", "Eastern Theater Command", Organization},
		{"Tatmadaw", "State Administration Council", Organization},
		{"russian spokesman", "Dmitry Peskov", Person},
		{"Yoon Suk-yeol", "Yoon Suk Yeol", Person},
		{"lee jae myung", "Lee Jae-myung", Person},
	}
	for _, tt := range tests {
		a, ok := Lookup(tt.name)
		if a.Name != tt.want || a.Kind != tt.kind || ok != (tt.want != "") {
			t.Errorf("Lookup(%q) = %q, %q, %v; want %q, %q", tt.name, a.Name, a.Kind, ok, tt.want, tt.kind)
		}
	}
}

func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("../shared/seeds not available")
	}
	want := map[string][]string{
		"000_2c86b46c5c9e9384.txt": {"Vladimir Putin", "Bashar al-Assad", "Recep Tayyip Erdoğan", "Dmitry Peskov", "Russia", "Syria", "Turkey", "Syrian Democratic Forces"},
		"003_62c7ce24bfd5b553.txt": {"Vladimir Putin", "Bashar al-Assad", "Recep Tayyip Erdoğan", "Russia", "Syria", "Turkey", "Iran", "Islamic State"},
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		names := map[string]bool{}
		for _, m := range Find(text) {
			names[m.Actor.Name] = true
			if text[m.Start:m.End] != m.Text {
				t.Errorf("%s: span %d:%d is %q, want %q", f, m.Start, m.End, text[m.Start:m.End], m.Text)
			}
		}
		for _, n := range want[filepath.Base(f)] {
			if !names[n] {
				t.Errorf("%s: %s not found; got %v", filepath.Base(f), n, names)
			}
		}
	}
}

func ExampleFind() {
	for _, m := range Find("Kremlin spokesman Dmitry Peskov said Putin and al-Assad met in Moscow.") {
		fmt.Printf("%s -> %s (%s)\n", m.Text, m.Actor.Name, m.Actor.Kind)
	}
	// Output:
	// Dmitry Peskov -> Dmitry Peskov (person)
	// Putin -> Vladimir Putin (person)
	// al-Assad -> Bashar al-Assad (person)
}
