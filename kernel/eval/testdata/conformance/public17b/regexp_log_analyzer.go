package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

const logs = `2024-03-01T10:00:01Z INFO  [api] GET /users/42 200 12ms
2024-03-01T10:00:02Z WARN  [api] GET /users/abc 400 3ms
2024-03-01T10:00:05Z ERROR [db] query timeout after 5000ms table=orders
2024-03-01T10:01:00Z INFO  [api] POST /orders 201 45ms
garbage line here
2024-03-01T10:01:30Z ERROR [api] GET /orders/7 500 1200ms
2024-03-01T10:02:00Z INFO  [auth] login user=ann ok
`

var lineRE = regexp.MustCompile(`^(?P<ts>\S+)\s+(?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\]\s+(?P<msg>.*)$`)
var reqRE = regexp.MustCompile(`(GET|POST|PUT|DELETE) (/\S+) (\d{3}) (\d+)ms`)
var kvRE = regexp.MustCompile(`(\w+)=(\w+)`)

func main() {
	levels := map[string]int{}
	var slow []string
	var bad int
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		m := lineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			bad++
			continue
		}
		rec := map[string]string{}
		for i, name := range lineRE.SubexpNames() {
			if name != "" {
				rec[name] = m[i]
			}
		}
		levels[rec["level"]]++
		if r := reqRE.FindStringSubmatch(rec["msg"]); r != nil {
			var ms int
			fmt.Sscanf(r[4], "%d", &ms)
			if ms > 40 {
				slow = append(slow, fmt.Sprintf("%s %s (%dms)", r[1], r[2], ms))
			}
		}
		for _, kv := range kvRE.FindAllStringSubmatch(rec["msg"], -1) {
			fmt.Printf("%s %s: %s=%s\n", rec["ts"][11:19], rec["comp"], kv[1], kv[2])
		}
	}
	keys := make([]string, 0, len(levels))
	for k := range levels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-5s %d\n", k, levels[k])
	}
	fmt.Println("slow:", slow)
	fmt.Println("unparsed:", bad)
	masked := regexp.MustCompile(`user=\w+`).ReplaceAllString(logs[len(logs)-40:], "user=***")
	fmt.Printf("%q\n", masked)
	idRE := regexp.MustCompile(`/(\w+)/(\d+)`)
	fmt.Println(idRE.ReplaceAllString("/users/42 /orders/7 /x/y", "/$1/{id:$2}"))
	fmt.Println(idRE.FindAllStringIndex("/users/42 /orders/7", -1))
	fmt.Println(lineRE.NumSubexp(), lineRE.SubexpIndex("comp"))
}
