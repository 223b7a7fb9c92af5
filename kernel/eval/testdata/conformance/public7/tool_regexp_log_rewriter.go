package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

const text = `user=alice ip=10.0.0.1 action=login at 2024-01-05
user=bob ip=192.168.1.20 action=upload size=2048 at 2024-01-06
user=alice ip=10.0.0.1 action=logout at 2024-01-05
email: Alice <alice@example.com>, bob@test.org; invalid@ and carol.c@mail.co.uk`

var (
	kv    = regexp.MustCompile(`(\w+)=(\S+)`)
	date  = regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	ip    = regexp.MustCompile(`\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b`)
	email = regexp.MustCompile(`(?i)[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}`)
)

func main() {
	counts := map[string]map[string]int{}
	for _, line := range strings.Split(text, "\n") {
		fields := map[string]string{}
		for _, m := range kv.FindAllStringSubmatch(line, -1) {
			fields[m[1]] = m[2]
		}
		if u := fields["user"]; u != "" {
			if counts[u] == nil {
				counts[u] = map[string]int{}
			}
			counts[u][fields["action"]]++
		}
	}
	users := make([]string, 0, len(counts))
	for u := range counts {
		users = append(users, u)
	}
	sort.Strings(users)
	for _, u := range users {
		fmt.Println(u, counts[u])
	}
	// swap date to day/month/year with named groups
	out := date.ReplaceAllString(text, "${day}/${month}/${year}")
	// mask the last octet of addresses
	out = ip.ReplaceAllString(out, "$1.$2.$3.x")
	fmt.Println(out)
	fmt.Println(date.SubexpNames(), date.SubexpIndex("month"))
	m := date.FindStringSubmatch("on 2023-12-31!")
	for i, name := range date.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println()
	fmt.Printf("%q\n", email.FindAllString(text, -1))
	fmt.Println(regexp.QuoteMeta("a.b*c"), regexp.MustCompile(`a+`).ReplaceAllLiteralString("caaat", "$1"))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ,d", -1))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	re := regexp.MustCompile(`(\w)(\w*)`)
	title := re.ReplaceAllStringFunc("hello big world", func(w string) string {
		return strings.ToUpper(w[:1]) + w[1:]
	})
	fmt.Println(title, re.MatchString("!!"), re.FindStringIndex("  ab"))
}
