package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "contact: ann@example.com, bob@test.com; bad@nowhere.org"
	fmt.Println(re.MatchString(text))
	fmt.Println(re.FindString(text), re.FindStringIndex(text))
	fmt.Printf("%q\n", re.FindStringSubmatch(text))
	fmt.Printf("%q\n", re.FindAllString(text, -1))
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		fmt.Println(m[1], "at", m[2])
	}
	fmt.Println(re.FindAllStringSubmatchIndex(text, -1))
	fmt.Println(re.ReplaceAllString(text, "<$2:$1>"))
	fmt.Println(re.ReplaceAllString(text, "${1}_x"), re.ReplaceAllString(text, "$1_x"))
	fmt.Println(re.ReplaceAllLiteralString(text, "$1"))
	fmt.Println(re.ReplaceAllStringFunc(text, strings.ToUpper))
	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := named.FindStringSubmatch("date: 2024-03-15")
	for i, name := range named.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println(named.SubexpIndex("month"), named.NumSubexp())
	tmpl := []byte{}
	for _, sm := range named.FindAllStringSubmatchIndex("2024-03-15 and 1999-12-31", -1) {
		tmpl = named.ExpandString(tmpl, "$day/$month/$year ", "2024-03-15 and 1999-12-31", sm)
	}
	fmt.Println(string(tmpl))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ,d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).Split("baaac", -1))
	_, err := regexp.Compile(`(unclosed`)
	fmt.Println(err)
	_, err = regexp.Compile(`a**`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
	g := regexp.MustCompile(`(?i)go(lang)?`)
	fmt.Println(g.FindAllString("Go golang GOLANG gopher", -1))
	lazy := regexp.MustCompile(`<.+?>`)
	greedy := regexp.MustCompile(`<.+>`)
	fmt.Println(lazy.FindString("<a><b>"), greedy.FindString("<a><b>"))
	ml := regexp.MustCompile(`(?m)^(\w+):`)
	fmt.Printf("%q\n", ml.FindAllStringSubmatch("key: v\nother: w\n no: x", -1))
	pfx, complete := re.LiteralPrefix()
	fmt.Println(re.String(), re.NumSubexp(), pfx, complete)
	fmt.Println(regexp.MustCompile(`x(y)?`).FindStringSubmatch("x"), len(regexp.MustCompile(`x(y)?`).FindStringSubmatch("x")[1]))
	b := regexp.MustCompile(`\d+`).ReplaceAllFunc([]byte("a1b22c333"), func(d []byte) []byte { return []byte(fmt.Sprint(len(d))) })
	fmt.Println(string(b))
	fmt.Println(regexp.MustCompile(`^[\p{L}]+$`).MatchString("héllo"), regexp.MustCompile(`^\S+$`).MatchString("a b"))
}
