package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	match, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(match)
	r := regexp.MustCompile("p([a-z]+)ch")
	fmt.Println(r.MatchString("peach"))
	fmt.Println(r.FindString("peach punch"))
	fmt.Println("idx:", r.FindStringIndex("peach punch"))
	fmt.Println(r.FindStringSubmatch("peach punch"))
	fmt.Println(r.FindStringSubmatchIndex("peach punch"))
	fmt.Println(r.FindAllString("peach punch pinch", -1))
	fmt.Println("all:", r.FindAllStringSubmatchIndex("peach punch pinch", -1))
	fmt.Println(r.FindAllString("peach punch pinch", 2))
	fmt.Println(r.Match([]byte("peach")))
	fmt.Println("regexp:", r)
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	out := r.ReplaceAllFunc([]byte("a peach"), bytes.ToUpper)
	fmt.Println(string(out))
	_, err := regexp.Compile("a(b")
	fmt.Println(err)
	re2 := regexp.MustCompile(`(?i)(\w+)@(\w+)\.com`)
	fmt.Println(re2.ReplaceAllString("Mail Bob@Example.com now", "${2}:${1}"), re2.String())
	lp, complete := regexp.MustCompile(`abc+`).LiteralPrefix()
	fmt.Println(regexp.QuoteMeta("1.5*x"), lp, complete)
	fmt.Println(strings.Join(regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ,d", -1), "|"))
	re3 := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	tmpl := []byte{}
	for _, sm := range re3.FindAllStringSubmatchIndex("2024-03 and 1999-12", -1) {
		tmpl = re3.ExpandString(tmpl, "$month/$year ", "2024-03 and 1999-12", sm)
	}
	fmt.Println(string(tmpl))
	fmt.Println(regexp.MustCompile(`a+?`).FindString("aaa"), regexp.MustCompile(`^$`).MatchString(""))
}
