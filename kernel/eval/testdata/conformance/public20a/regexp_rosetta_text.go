package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	s := "dates: 2024-01-15, 1999-12-31 and 2000-02-30."
	fmt.Println(re.FindAllString(s, -1))
	fmt.Println(re.FindStringSubmatch(s), re.SubexpNames(), re.SubexpIndex("month"))
	fmt.Println(re.ReplaceAllString(s, "${day}/${month}/${year}"))
	fmt.Println(re.ReplaceAllString(s, "$1x"), re.ReplaceAllString(s, "${1}x"))
	fmt.Println(re.ReplaceAllLiteralString(s, "$1"))
	fmt.Println(re.FindAllStringSubmatchIndex(s, 1))
	fmt.Println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		fmt.Println(m[re.SubexpIndex("year")])
	}
	tmpl := []byte{}
	for _, sm := range re.FindAllStringSubmatchIndex(s, -1) {
		tmpl = re.ExpandString(tmpl, "[$month.$day]", s, sm)
	}
	fmt.Println(string(tmpl))
	words := regexp.MustCompile(`\b\w+\b`)
	fmt.Println(len(words.FindAllString("the quick, brown fox!", -1)))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axxbxc", -1))
	fmt.Println(regexp.MustCompile(`^[a-z]+\[[0-9]+\]$`).MatchString("adam[23]"))
	fmt.Println(regexp.MatchString(`(?i)hello`, "HeLLo world"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
	lazy := regexp.MustCompile(`<.+?>`)
	greedy := regexp.MustCompile(`<.+>`)
	h := "<a><b></b></a>"
	fmt.Println(lazy.FindAllString(h, -1), greedy.FindAllString(h, -1))
	multi := regexp.MustCompile(`(?m)^(\w+):\s*(.*)$`)
	hdr := "Host: example.com\nAccept: */*\nX-Empty:"
	for _, m := range multi.FindAllStringSubmatch(hdr, -1) {
		fmt.Printf("%q=%q\n", m[1], m[2])
	}
	fmt.Println(regexp.MustCompile(`a|ab`).FindString("ab"), regexp.MustCompilePOSIX(`a|ab`).FindString("ab"))
	u := regexp.MustCompile(`\p{Greek}+`)
	fmt.Println(u.FindAllString("alpha α beta βγ", -1))
	prefix, complete := re.LiteralPrefix()
	fmt.Println(re.String(), re.NumSubexp(), prefix, complete)
	b := regexp.MustCompile(`o+`).ReplaceAll([]byte("foo boo"), []byte("0"))
	fmt.Println(string(b))
	fmt.Println(regexp.MustCompile(`(a)(b)?`).FindStringSubmatch("a"), len(regexp.MustCompile(`(a)(b)?`).FindStringSubmatch("a")[2]))
	fmt.Println(regexp.MustCompile(`^$`).FindAllStringIndex("", -1), regexp.MustCompile(`a*`).FindAllStringIndex("baaab", -1))
	email := regexp.MustCompile(`^[\w.+-]+@[\w-]+\.[\w.]+$`)
	for _, e := range []string{"a.b+c@x.org", "bad@", "@bad.com", "ok@sub.domain.co.uk"} {
		fmt.Println(e, email.MatchString(e))
	}
	fmt.Println(regexp.MustCompile(`(\w)(\w*)`).ReplaceAllStringFunc("hello big world", func(w string) string {
		return strings.ToUpper(w[:1]) + w[1:]
	}))
}
