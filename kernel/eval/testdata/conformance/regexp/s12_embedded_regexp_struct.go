package main

import (
	"fmt"
	"regexp"
	"strings"
)

// Rule embeds *regexp.Regexp: its methods are promoted.
type Rule struct {
	*regexp.Regexp
	Name string
	Fix  func(string) string
}

type Linter []Rule

func (l Linter) Check(line string) []string {
	var out []string
	for _, r := range l {
		if locs := r.FindAllStringIndex(line, -1); locs != nil {
			out = append(out, fmt.Sprintf("%s@%v", r.Name, locs))
		}
	}
	return out
}

func (l Linter) Fix(line string) string {
	for _, r := range l {
		if r.Fix != nil {
			line = r.ReplaceAllStringFunc(line, r.Fix)
		}
	}
	return line
}

func main() {
	l := Linter{
		{regexp.MustCompile(`\s+$`), "trailing-space", func(string) string { return "" }},
		{regexp.MustCompile(`\t`), "tab", func(string) string { return "    " }},
		{regexp.MustCompile(`(?i)todo`), "todo", strings.ToUpper},
		{regexp.MustCompile(`\bteh\b`), "typo", func(string) string { return "the" }},
	}
	for _, line := range []string{"\tfix teh bug  ", "todo: Todo later", "clean line"} {
		fmt.Printf("%q %v %q\n", line, l.Check(line), l.Fix(line))
	}
	r := l[2]
	fmt.Println(r.String(), r.NumSubexp(), r.MatchString("ToDo"), r.Regexp.FindString("a TODO b"))
	var m interface{ MatchString(string) bool } = r
	fmt.Println(m.MatchString("nothing"))
}
