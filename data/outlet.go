package data

import (
	"net/url"
	"strings"
)

// hostOutlets names the outlets of common news sites, by registered domain.
// A site not listed is named by its domain ("example.org"), which still tells
// its reports apart from other outlets' when corroboration is counted.
var hostOutlets = map[string]string{
	"abcnews.go.com":        "ABC News",
	"aljazeera.com":         "Al Jazeera",
	"apnews.com":            "AP",
	"bbc.co.uk":             "BBC",
	"bbc.com":               "BBC",
	"bloomberg.com":         "Bloomberg",
	"cbsnews.com":           "CBS News",
	"cnn.com":               "CNN",
	"dw.com":                "DW",
	"economist.com":         "The Economist",
	"euronews.com":          "Euronews",
	"france24.com":          "France 24",
	"ft.com":                "Financial Times",
	"haaretz.com":           "Haaretz",
	"kyivindependent.com":   "The Kyiv Independent",
	"lemonde.fr":            "Le Monde",
	"middleeasteye.net":     "Middle East Eye",
	"nbcnews.com":           "NBC News",
	"npr.org":               "NPR",
	"nytimes.com":           "The New York Times",
	"politico.com":          "Politico",
	"politico.eu":           "Politico Europe",
	"reuters.com":           "Reuters",
	"rferl.org":             "RFE/RL",
	"spiegel.de":            "Der Spiegel",
	"theguardian.com":       "The Guardian",
	"thetimes.co.uk":        "The Times",
	"timesofisrael.com":     "The Times of Israel",
	"washingtonpost.com":    "The Washington Post",
	"wsj.com":               "The Wall Street Journal",
	"afp.com":               "AFP",
	"dailysabah.com":        "Daily Sabah",
	"hurriyetdailynews.com": "Hürriyet Daily News",
	"tass.com":              "TASS",
	"themoscowtimes.com":    "The Moscow Times",
	"aa.com.tr":             "Anadolu Agency",
	"sana.sy":               "SANA",
	"english.alarabiya.net": "Al Arabiya",
	"alarabiya.net":         "Al Arabiya",
	"voanews.com":           "VOA",
	"pbs.org":               "PBS",
	"cbc.ca":                "CBC",
	"abc.net.au":            "ABC (Australia)",
	"independent.co.uk":     "The Independent",
	"telegraph.co.uk":       "The Telegraph",
	"axios.com":             "Axios",
	"foxnews.com":           "Fox News",
	"usatoday.com":          "USA Today",
	"latimes.com":           "Los Angeles Times",
	"scmp.com":              "South China Morning Post",
	"japantimes.co.jp":      "The Japan Times",
	"hindustantimes.com":    "Hindustan Times",
	"thehindu.com":          "The Hindu",
	"news.sky.com":          "Sky News",
	"jpost.com":             "The Jerusalem Post",
	"arabnews.com":          "Arab News",
	"thenationalnews.com":   "The National",
	"ukrinform.net":         "Ukrinform",
	"pravda.com.ua":         "Ukrainska Pravda",
	"interfax.com":          "Interfax",
	"xinhuanet.com":         "Xinhua",
	"news.cn":               "Xinhua",
	"globaltimes.cn":        "Global Times",
}

// outletFromURL names the outlet of an article from its URL when nothing
// else does: a known news site by its name, any other by its host without
// "www." and similar prefixes. It returns "" for a URL without a host.
func outletFromURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" || strings.Trim(host, "0123456789.:[]") == "" {
		return "" // no host, or an IP address: names no outlet
	}
	for h := host; ; {
		if name, ok := hostOutlets[h]; ok {
			return name
		}
		_, rest, ok := strings.Cut(h, ".")
		if !ok || !strings.Contains(rest, ".") {
			break
		}
		h = rest
	}
	for _, p := range []string{"www.", "m.", "amp.", "mobile.", "edition.", "english.", "en."} {
		if strings.HasPrefix(host, p) && strings.Count(host, ".") > 1 {
			host = host[len(p):]
			break
		}
	}
	return host
}
