package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	dateRe := regexp.MustCompile(`(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})`)
	text := "from 2024-01-15 to 2024-02-29, not 24-1-1"
	for _, m := range dateRe.FindAllStringSubmatch(text, -1) {
		fmt.Println(m[0], m[dateRe.SubexpIndex("y")], m[2], m[3])
	}
	fmt.Println(dateRe.ReplaceAllString(text, "$d/$m/$y"), dateRe.ReplaceAllString("2024-01-15", "${y}x$m"))
	fmt.Println(dateRe.ReplaceAllString("2024-01-15", "$yx"))
	camel := regexp.MustCompile(`_([a-z])`)
	fmt.Println(camel.ReplaceAllStringFunc("snake_case_name", func(s string) string { return strings.ToUpper(s[1:]) }))
	words := regexp.MustCompile(`\b\w+\b`)
	fmt.Println(words.FindAllString("Hi, there! How's it going?", 4), len(words.FindAllStringIndex("a b c", -1)))
	b := regexp.MustCompile(`a(x*)b`)
	fmt.Printf("%q\n", b.FindAllSubmatch([]byte("ab axxb axb"), -1))
	fmt.Println(b.FindAllSubmatchIndex([]byte("ab axxb"), -1), b.FindStringSubmatchIndex("zzz"))
	fmt.Println(string(b.ReplaceAll([]byte("axb ab"), []byte("<$1>"))), string(b.ReplaceAllFunc([]byte("axxb"), func(m []byte) []byte { return []byte(fmt.Sprint(len(m))) })))
	fmt.Println(b.MatchString("zzaxbzz"), regexp.MustCompile(`^a.c$`).MatchString("abc\n"), regexp.MustCompile(`(?s)a.c`).MatchString("a\nc"), regexp.MustCompile(`(?m)^c$`).MatchString("ab\nc"))
	ok, err := regexp.MatchString(`[`, "x")
	fmt.Println(ok, err)
	uni := regexp.MustCompile(`\p{Greek}+`)
	fmt.Println(uni.FindString("abc αβγ def"), regexp.MustCompile(`[[:upper:]]+`).FindAllString("abcDEFghIJ", -1))
	fmt.Println(regexp.MustCompile(`a{2,3}`).FindAllString("aaaaaaa", -1), regexp.MustCompile(`a{2,3}?`).FindAllString("aaaaaaa", -1))
	rr := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	tmpl := "$2:$1;"
	var dst []byte
	for _, sm := range rr.FindAllStringSubmatchIndex("ann@ex.com bob@why.com", -1) {
		dst = rr.ExpandString(dst, tmpl, "ann@ex.com bob@why.com", sm)
	}
	fmt.Println(string(dst), rr.NumSubexp(), rr.SubexpNames())
}
