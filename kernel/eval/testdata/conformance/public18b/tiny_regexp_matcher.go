package main

import (
	"fmt"
	"regexp"
)

// match reports whether re matches text anywhere (Pike/Kernighan's matcher
// extended with + and ?).
func match(re, text string) bool {
	if len(re) > 0 && re[0] == '^' {
		return matchHere(re[1:], text)
	}
	for {
		if matchHere(re, text) {
			return true
		}
		if text == "" {
			return false
		}
		text = text[1:]
	}
}

func matchHere(re, text string) bool {
	switch {
	case re == "":
		return true
	case len(re) >= 2 && re[1] == '*':
		return matchStar(re[0], re[2:], text)
	case len(re) >= 2 && re[1] == '+':
		return text != "" && (re[0] == '.' || re[0] == text[0]) && matchStar(re[0], re[2:], text[1:])
	case len(re) >= 2 && re[1] == '?':
		if text != "" && (re[0] == '.' || re[0] == text[0]) && matchHere(re[2:], text[1:]) {
			return true
		}
		return matchHere(re[2:], text)
	case re == "$":
		return text == ""
	case text != "" && (re[0] == '.' || re[0] == text[0]):
		return matchHere(re[1:], text[1:])
	}
	return false
}

func matchStar(c byte, re, text string) bool {
	for {
		if matchHere(re, text) {
			return true
		}
		if text == "" || (c != '.' && text[0] != c) {
			return false
		}
		text = text[1:]
	}
}

type testCase struct {
	re, text string
}

func main() {
	cases := []testCase{
		{"abc", "xxabcxx"}, {"^abc", "xabc"}, {"a.c$", "zzabc"}, {"ab*c", "ac"}, {"ab+c", "ac"},
		{"ab+c", "abbbc"}, {"colou?r", "color"}, {"colou?r", "colour"}, {"^$", ""}, {"x*y*z*", ""},
		{"^a.*b$", "a---b"}, {"^a.*b$", "a---bc"}, {"h.?t", "ht"}, {"..", "a"},
	}
	agree := 0
	for _, c := range cases {
		got := match(c.re, c.text)
		want := regexp.MustCompile(c.re).MatchString(c.text)
		if got == want {
			agree++
		}
		fmt.Printf("%-8s %-8q %v %v\n", c.re, c.text, got, want)
	}
	fmt.Println("agree", agree, "of", len(cases))
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>[^;]*);?`)
	in := "a=1;bb=two;c=;d=4"
	fmt.Println(re.SubexpNames(), re.NumSubexp(), re.SubexpIndex("val"))
	for _, m := range re.FindAllStringSubmatch(in, -1) {
		fmt.Printf("%q ", m)
	}
	fmt.Println()
	fmt.Println(re.FindAllStringSubmatchIndex(in, 2))
	fmt.Println(re.FindAllSubmatchIndex([]byte(in), -1)[3])
	fmt.Println(re.ReplaceAllString(in, "${val}<-$key "))
	fmt.Println(re.ReplaceAllStringFunc(in, func(s string) string { return fmt.Sprint(len(s)) }))
	fmt.Println(re.ReplaceAllLiteralString(in, "$1"))
	tmpl := []byte{}
	for _, sm := range re.FindAllStringSubmatchIndex(in, -1) {
		tmpl = re.ExpandString(tmpl, "[$key:$val]", in, sm)
	}
	fmt.Println(string(tmpl))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axbxxc", -1))
	fmt.Println(regexp.QuoteMeta("a.b*c[d]"), regexp.MustCompile(`(?i)HeLLo`).FindStringIndex("say hello"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	_, err = regexp.Compile(`*a`)
	fmt.Println(err)
	lit := regexp.MustCompile(`^abc`)
	prefix, complete := lit.LiteralPrefix()
	fmt.Println(prefix, complete, lit.String(), regexp.MustCompile(`a|ab`).FindString("ab"), regexp.MustCompilePOSIX(`a|ab`).FindString("ab"))
	lm := regexp.MustCompile(`a+`)
	lm.Longest()
	fmt.Println(lm.FindString("baaa"), regexp.MustCompile(`(a)(x)?`).FindStringSubmatch("a"), len(regexp.MustCompile(`(a)(x)?`).FindStringSubmatch("a")[2]))
}
