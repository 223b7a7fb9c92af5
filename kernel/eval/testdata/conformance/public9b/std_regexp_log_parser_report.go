package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var lineRE = regexp.MustCompile(`^(?P<ip>\d+\.\d+\.\d+\.\d+) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)$`)

type Entry struct {
	IP, User, Method, Path string
	Status, Size           int
}

func parse(line string) (Entry, bool) {
	m := lineRE.FindStringSubmatch(line)
	if m == nil {
		return Entry{}, false
	}
	get := func(name string) string { return m[lineRE.SubexpIndex(name)] }
	st, _ := strconv.Atoi(get("status"))
	sz, _ := strconv.Atoi(get("size"))
	return Entry{get("ip"), get("user"), get("method"), get("path"), st, sz}, true
}

func main() {
	logs := `10.0.0.1 - alice [06/Dec/2026:10:00:00 +0000] "GET /index.html HTTP/1.1" 200 5120
10.0.0.2 - - [06/Dec/2026:10:00:01 +0000] "POST /api/login HTTP/1.1" 401 12
10.0.0.1 - alice [06/Dec/2026:10:00:02 +0000] "GET /img/logo.png HTTP/1.0" 304 -
garbage line here
10.0.0.3 - bob [06/Dec/2026:10:00:03 +0000] "DELETE /api/items/42 HTTP/1.1" 500 77
10.0.0.2 - - [06/Dec/2026:10:00:04 +0000] "GET /index.html HTTP/1.1" 200 5120`
	byStatus := map[int]int{}
	bytesByIP := map[string]int{}
	bad := 0
	for _, l := range strings.Split(logs, "\n") {
		e, ok := parse(l)
		if !ok {
			bad++
			continue
		}
		byStatus[e.Status/100*100]++
		bytesByIP[e.IP] += e.Size
	}
	fmt.Println(byStatus, bad)
	ips := make([]string, 0)
	for ip := range bytesByIP {
		ips = append(ips, ip)
	}
	sort.Strings(ips)
	for _, ip := range ips {
		fmt.Printf("%-9s %6d\n", ip, bytesByIP[ip])
	}
	fmt.Println(lineRE.SubexpNames()[1:], lineRE.NumSubexp())
	idRE := regexp.MustCompile(`/api/(\w+)/(\d+)`)
	fmt.Println(idRE.ReplaceAllString("/api/items/42 and /api/users/7", "$1#$2"))
	fmt.Println(idRE.ReplaceAllStringFunc("/api/items/42", strings.ToUpper))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1))
	fmt.Println(regexp.MustCompile(`(?i)go+`).FindAllStringIndex("Go gooo GOO g", -1))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1.5+2*[x]"), regexp.MustCompile(`^\d+$`).MatchString("123"))
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(string(re.Expand(nil, []byte("$2:$1"), []byte("bob@example.com"), re.FindSubmatchIndex([]byte("bob@example.com")))))
	fmt.Println(re.FindAllStringSubmatch("a@b.com, c@d.com", -1), re.String())
}
