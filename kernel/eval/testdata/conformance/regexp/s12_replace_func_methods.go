package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

type Env map[string]string

func (e Env) Lookup(name string) string {
	if v, ok := e[name]; ok {
		return v
	}
	return "<" + name + "?>"
}

type Counter struct{ n int }

func (c *Counter) Bump(s string) string {
	c.n++
	return strings.ToUpper(s) + strconv.Itoa(c.n)
}

func main() {
	varRe := regexp.MustCompile(`\$\{(\w+)\}`)
	env := Env{"HOME": "/home/gopher", "USER": "gopher"}
	s := "user ${USER} lives in ${HOME}, shell ${SHELL}"
	out := varRe.ReplaceAllStringFunc(s, func(m string) string {
		return env.Lookup(varRe.FindStringSubmatch(m)[1])
	})
	fmt.Println(out)
	c := &Counter{}
	wordRe := regexp.MustCompile(`\b[a-z]{3}\b`)
	fmt.Println(wordRe.ReplaceAllStringFunc("the cat and dog ran far away", c.Bump), c.n)
	numRe := regexp.MustCompile(`-?\d+`)
	doubled := numRe.ReplaceAllFunc([]byte("a1 b-22 c333"), func(b []byte) []byte {
		n, _ := strconv.Atoi(string(b))
		return []byte(strconv.Itoa(n * 2))
	})
	fmt.Println(string(doubled))
	fmt.Println(numRe.ReplaceAllLiteralString("x1y2", "$0"), numRe.ReplaceAllString("x1y2", "[$0]"))
	fmt.Printf("%q\n", regexp.MustCompile(`,\s*`).Split("a, b,c ,  d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axxbxc", 3))
	fmt.Println(regexp.QuoteMeta("1.5+2*[x]"), regexp.MustCompile(`(?i)GO`).FindAllStringIndex("go Go gO", -1))
	re := regexp.MustCompilePOSIX(`a+|a+b`)
	fmt.Println(re.FindString("aaab"), regexp.MustCompile(`a+|a+b`).FindString("aaab"))
	re2 := regexp.MustCompile(`a+?`)
	re2.Longest()
	pre, complete := re2.LiteralPrefix()
	fmt.Println(re2.FindString("aaa"), re2.String(), pre, complete)
	_, err := regexp.Compile(`(unclosed`)
	fmt.Println(err)
}
