package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var (
	logLine = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+)\s+(?P<msg>.*?)(?: \[(?P<ms>\d+)ms\])?$`)
	wordRe  = regexp.MustCompile(`(?i)\b(go|gopher)s?\b`)
	numRe   = regexp.MustCompile(`-?\d+(\.\d+)?`)
)

type Entry struct {
	Date, Level, Msg string
	Ms               int
}

func parse(line string) (Entry, bool) {
	m := logLine.FindStringSubmatch(line)
	if m == nil {
		return Entry{}, false
	}
	e := Entry{Date: m[logLine.SubexpIndex("date")], Level: m[logLine.SubexpIndex("level")], Msg: m[logLine.SubexpIndex("msg")]}
	if s := m[logLine.SubexpIndex("ms")]; s != "" {
		e.Ms, _ = strconv.Atoi(s)
	}
	return e, true
}

func main() {
	lines := []string{
		"2024-03-01 INFO   server started [12ms]",
		"2024-03-01 WARN   disk at 91%",
		"garbage line",
		"2024-03-02 ERROR  request failed: timeout [1500ms]",
	}
	for _, l := range lines {
		e, ok := parse(l)
		fmt.Printf("%v %+v\n", ok, e)
	}
	fmt.Println(logLine.SubexpNames(), logLine.NumSubexp())
	text := "Go gophers love GO; a gopher goes to Google."
	fmt.Println(wordRe.FindAllString(text, -1), wordRe.MatchString("golang"))
	fmt.Println(wordRe.ReplaceAllStringFunc(text, strings.ToUpper))
	fmt.Println(wordRe.ReplaceAllString(text, "<$1>"), wordRe.ReplaceAllLiteralString(text, "$1"))
	sum := 0.0
	for _, s := range numRe.FindAllString("a -3 b 4.5 c 10 d 1.25", -1) {
		v, _ := strconv.ParseFloat(s, 64)
		sum += v
	}
	fmt.Println(sum, numRe.FindAllStringIndex("x1y22", -1), numRe.FindStringSubmatchIndex("v=3.14"))
	re := regexp.MustCompile(`a(x*)b`)
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "${1}W"), re.ReplaceAllString("-ab-axxb-", "$1W"))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;; d", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"), regexp.MustCompile(`(a+)(b+)?`).FindAllStringSubmatch("aab a abbb", -1))
	longest := regexp.MustCompile(`a+?`)
	fmt.Println(longest.FindString("aaa"))
	longest.Longest()
	fmt.Println(longest.FindString("aaa"), longest.String())
	_, err := regexp.Compile(`(unclosed`)
	fmt.Println(err)
	_, err = regexp.Compile(`a**`)
	fmt.Println(err)
	tmpl := regexp.MustCompile(`(?m)(?P<key>\w+):\s+(?P<value>\w+)$`)
	var out []byte
	for _, sm := range tmpl.FindAllSubmatchIndex([]byte("a: 1\nbee: two\n"), -1) {
		out = tmpl.Expand(out, []byte("$key=$value;"), []byte("a: 1\nbee: two\n"), sm)
	}
	fmt.Println(string(out))
	fmt.Println(regexp.MustCompile(`^[\p{L}]+$`).MatchString("héllo"), regexp.MustCompile(`[[:upper:]]`).FindAllString("aBcD", -1))
	r2 := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(r2.ReplaceAllStringFunc("ann@x.com, bob@y.com", func(s string) string {
		m := r2.FindStringSubmatch(s)
		return m[2] + "/" + m[1]
	}))
	fmt.Println(r2.LiteralPrefix())
	fmt.Println(regexp.MatchString(`^\d{3}-\d{4}$`, "555-1234"))
}
