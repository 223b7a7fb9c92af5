package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var logRe = regexp.MustCompile(`^(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)$`)

const logs = `10.0.0.1 - - [06/Dec/2026:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 5120
10.0.0.2 - - [06/Dec/2026:10:00:02 +0000] "POST /api/login HTTP/1.1" 401 87
10.0.0.1 - - [06/Dec/2026:10:00:03 +0000] "GET /img/logo.png HTTP/1.0" 304 -
garbage line here
10.0.0.3 - - [06/Dec/2026:10:00:04 +0000] "GET /api/items?id=7 HTTP/1.1" 200 1024
10.0.0.2 - - [06/Dec/2026:10:00:05 +0000] "DELETE /api/items/7 HTTP/1.1" 500 12`

type Entry map[string]string

func main() {
	names := logRe.SubexpNames()
	var entries []Entry
	for i, line := range strings.Split(logs, "\n") {
		m := logRe.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("line %d: no match\n", i+1)
			continue
		}
		e := Entry{}
		for j, n := range names {
			if n != "" {
				e[n] = m[j]
			}
		}
		entries = append(entries, e)
	}
	byStatus := map[string]int{}
	bytes := 0
	for _, e := range entries {
		byStatus[e["status"][:1]+"xx"]++
		if n, err := strconv.Atoi(e["size"]); err == nil {
			bytes += n
		}
	}
	keys := make([]string, 0)
	for k := range byStatus {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", byStatus[k], " ")
	}
	fmt.Println("bytes", bytes)
	idx := logRe.SubexpIndex("path")
	for _, m := range logRe.FindAllStringSubmatch(logs, -1) {
		fmt.Print(m[idx], " ")
	}
	fmt.Println()
	apiRe := regexp.MustCompile(`/api/(\w+)(?:/(\d+))?`)
	for _, e := range entries {
		if sm := apiRe.FindStringSubmatchIndex(e["path"]); sm != nil {
			fmt.Println(e["method"], sm, apiRe.ReplaceAllString(e["path"], "<$1:${2}>"))
		}
	}
	masked := regexp.MustCompile(`\d+\.\d+\.\d+\.(\d+)`).ReplaceAllStringFunc(logs[:60], func(s string) string {
		parts := strings.Split(s, ".")
		return "x.x.x." + parts[3]
	})
	fmt.Println(masked)
	wordRe := regexp.MustCompile(`(?i)\b(get|post)\b`)
	fmt.Println(wordRe.FindAllString("Get the post; GET it, posted", -1), wordRe.MatchString("nothing"))
	fmt.Println(regexp.QuoteMeta("a.b*c"), logRe.NumSubexp())
	_, err := regexp.Compile(`(unclosed`)
	fmt.Println(err)
	exp := regexp.MustCompile(`(\w+)=(\w+)`)
	var out []byte
	for _, sub := range exp.FindAllStringSubmatchIndex("a=1 b=2", -1) {
		out = exp.ExpandString(out, "$2->$1;", "a=1 b=2", sub)
	}
	fmt.Println(string(out))
}
