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
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\w+)`)
	for _, m := range re.FindAllStringSubmatch("a=1 b=22 c=333", -1) {
		fmt.Println(m[re.SubexpIndex("key")], "->", m[re.SubexpIndex("val")])
	}
	fmt.Println(re.SubexpNames(), re.NumSubexp())
	fmt.Println(re.ReplaceAllString("x=1 y=2", "${val}=${key}"))
	_, err := regexp.Compile("a(b")
	fmt.Println(err)
	fmt.Println(strings.Join(regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1), "|"))
	fmt.Println(regexp.QuoteMeta("1.5+2=3.5?"))
}
