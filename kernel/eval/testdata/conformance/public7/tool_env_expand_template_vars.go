package main

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
)

var vars = map[string]string{
	"HOME":    "/home/ada",
	"USER":    "ada",
	"PROJECT": "gonotes",
	"EMPTY":   "",
}

func lookup(name string) string {
	if v, ok := vars[name]; ok {
		return v
	}
	return "<" + name + "?>"
}

var defaultRe = regexp.MustCompile(`\$\{(\w+):-([^}]*)\}`)

// expandDefaults handles ${NAME:-default} before os.Expand sees the rest.
func expandDefaults(s string) string {
	return defaultRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := defaultRe.FindStringSubmatch(m)
		if v := vars[sub[1]]; v != "" {
			return v
		}
		return sub[2]
	})
}

func main() {
	lines := []string{
		"path: $HOME/src/${PROJECT}",
		"owner: ${USER} ($USER)",
		"missing: $NOPE and ${ALSO_NOPE}",
		"default: ${EMPTY:-fallback} ${USER:-nobody}",
		"dollar: $$ and $ alone and ${}",
		"mixed: ${HOME}${PROJECT}x$PROJECTx",
	}
	for _, l := range lines {
		fmt.Println(os.Expand(expandDefaults(l), lookup))
	}
	names := []string{}
	seen := map[string]bool{}
	for _, l := range lines {
		os.Expand(l, func(n string) string {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
			return ""
		})
	}
	sort.Strings(names)
	fmt.Printf("%q\n", names)
	r := strings.NewReplacer("{{user}}", vars["USER"], "{{home}}", vars["HOME"])
	fmt.Println(r.Replace("{{user}} lives in {{home}}; {{unknown}} stays"))
}
