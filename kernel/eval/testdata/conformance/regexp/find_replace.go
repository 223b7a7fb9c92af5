package main

import (
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
	in := []byte("a peach")
	out := r.ReplaceAllFunc(in, func(b []byte) []byte { return []byte(strings.ToUpper(string(b))) })
	fmt.Println(string(out))
	re := regexp.MustCompile(`(?P<first>\w+)\s(?P<last>\w+)`)
	fmt.Println(re.ReplaceAllString("Alan Turing", "${last}, ${first}"))
	fmt.Println(re.SubexpNames(), re.SubexpIndex("last"), re.NumSubexp())
	fmt.Println(regexp.MustCompile(`a(x*)b`).ReplaceAllLiteralString("-ab-axxb-", "$1"))
	fmt.Println(regexp.QuoteMeta(`Escaping symbols like: .+*?()|[]{}^$`))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).Split("abaabaccadaaae", 5))
	content := []byte(`
	# comment line
	option1: value1
	option2: value2
`)
	pattern := regexp.MustCompile(`(?m)(?P<key>\w+):\s+(?P<value>\w+)$`)
	template := []byte("$key=$value\n")
	result := []byte{}
	for _, submatches := range pattern.FindAllSubmatchIndex(content, -1) {
		result = pattern.Expand(result, template, content, submatches)
	}
	fmt.Println(string(result))
	fmt.Println(regexp.MustCompile(`(?i)GO+`).FindAllString("go Goo gOOO", -1), regexp.MustCompile(`^\d{3}-\d{4}$`).MatchString("555-1234"))
	lp := regexp.MustCompile(`a+?`)
	lp.Longest()
	fmt.Println(lp.FindString("aaa"), r.String())
	fmt.Println(r.LiteralPrefix())
}
