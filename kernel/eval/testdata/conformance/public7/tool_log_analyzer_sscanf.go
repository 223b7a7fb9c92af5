package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"time"
)

const logs = `2024-03-01T10:00:00Z INFO  api     request path=/users dur=12ms status=200
2024-03-01T10:00:01Z WARN  api     request path=/orders dur=250ms status=200
2024-03-01T10:00:02Z ERROR db      query failed table=orders err="timeout after 5s"
2024-03-01T10:00:05Z INFO  api     request path=/users dur=8ms status=200
2024-03-01T10:00:07Z ERROR api     request path=/pay dur=1.5s status=500
malformed line
2024-03-01T10:01:00Z INFO  worker  job done id=42 dur=3m2s`

type Entry struct {
	At     time.Time
	Level  string
	Source string
	Msg    string
	Fields map[string]string
}

func parseFields(s string) (string, map[string]string) {
	fields := map[string]string{}
	var msg []string
	for s != "" {
		s = strings.TrimLeft(s, " ")
		var tok string
		if eq := strings.IndexByte(s, '='); eq > 0 && !strings.Contains(s[:eq], " ") {
			key := s[:eq]
			rest := s[eq+1:]
			if strings.HasPrefix(rest, `"`) {
				end := strings.IndexByte(rest[1:], '"') + 1
				fields[key] = rest[1:end]
				s = rest[end+1:]
				continue
			}
			val, after, _ := strings.Cut(rest, " ")
			fields[key] = val
			s = after
			continue
		}
		tok, s, _ = strings.Cut(s, " ")
		msg = append(msg, tok)
	}
	return strings.Join(msg, " "), fields
}

func main() {
	var entries []Entry
	sc := bufio.NewScanner(strings.NewReader(logs))
	for n := 1; sc.Scan(); n++ {
		var ts, level, src string
		k, err := fmt.Sscanf(sc.Text(), "%s %s %s", &ts, &level, &src)
		if err != nil {
			fmt.Printf("line %d: %d fields: %v\n", n, k, err)
			continue
		}
		at, err := time.Parse(time.RFC3339, ts)
		if err != nil {
			fmt.Printf("line %d: %v\n", n, err)
			continue
		}
		rest := sc.Text()
		for _, f := range []string{ts, level, src} {
			rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest, " "), f), " ")
		}
		msg, fields := parseFields(rest)
		entries = append(entries, Entry{at, level, src, msg, fields})
	}
	byLevel := map[string]int{}
	var total time.Duration
	var durs []time.Duration
	for _, e := range entries {
		byLevel[e.Level]++
		if d, err := time.ParseDuration(e.Fields["dur"]); err == nil {
			total += d
			durs = append(durs, d)
		}
	}
	levels := make([]string, 0, len(byLevel))
	for l := range byLevel {
		levels = append(levels, l)
	}
	sort.Strings(levels)
	for _, l := range levels {
		fmt.Printf("%-5s %d\n", l, byLevel[l])
	}
	sort.Slice(durs, func(i, j int) bool { return durs[i] > durs[j] })
	fmt.Println("durations", durs, "total", total, "mean", total/time.Duration(len(durs)))
	first, last := entries[0].At, entries[len(entries)-1].At
	fmt.Println("span", last.Sub(first), "errors:")
	for _, e := range entries {
		if e.Level == "ERROR" {
			fmt.Printf("  %s %s %q %v\n", e.At.Format("15:04:05"), e.Source, e.Msg, e.Fields)
		}
	}
}
