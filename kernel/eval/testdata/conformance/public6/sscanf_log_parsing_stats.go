package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"time"
)

const logs = `2024-03-01T10:00:01Z GET /api/users 200 12ms
2024-03-01T10:00:02Z POST /api/users 201 48ms
2024-03-01T10:00:02Z GET /api/users/7 404 3ms
2024-03-01T10:00:05Z GET /health 200 1ms
garbage line here
2024-03-01T10:01:00Z DELETE /api/users/7 500 250ms
2024-03-01T10:01:30Z GET /api/users 200 15ms`

type entry struct {
	at     time.Time
	method string
	path   string
	status int
	dur    time.Duration
}

func parse(line string) (entry, error) {
	var e entry
	var ts, dur string
	n, err := fmt.Sscanf(line, "%s %s %s %d %s", &ts, &e.method, &e.path, &e.status, &dur)
	if err != nil {
		return e, fmt.Errorf("scan (%d fields): %w", n, err)
	}
	if e.at, err = time.Parse(time.RFC3339, ts); err != nil {
		return e, err
	}
	if e.dur, err = time.ParseDuration(dur); err != nil {
		return e, err
	}
	return e, nil
}

func percentile(ds []time.Duration, p float64) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	idx := int(p*float64(len(s)-1) + 0.5)
	return s[idx]
}

func main() {
	var entries []entry
	sc := bufio.NewScanner(strings.NewReader(logs))
	for ln := 1; sc.Scan(); ln++ {
		e, err := parse(sc.Text())
		if err != nil {
			fmt.Printf("line %d: %v\n", ln, err)
			continue
		}
		entries = append(entries, e)
	}
	byStatus := map[int]int{}
	byPath := map[string][]time.Duration{}
	var all []time.Duration
	for _, e := range entries {
		byStatus[e.status/100*100]++
		p := e.path
		if i := strings.LastIndex(p, "/"); i > 0 && strings.Trim(p[i+1:], "0123456789") == "" {
			p = p[:i] + "/:id"
		}
		byPath[e.method+" "+p] = append(byPath[e.method+" "+p], e.dur)
		all = append(all, e.dur)
	}
	classes := make([]int, 0)
	for c := range byStatus {
		classes = append(classes, c)
	}
	sort.Ints(classes)
	for _, c := range classes {
		fmt.Printf("%dxx: %d\n", c/100, byStatus[c])
	}
	keys := make([]string, 0)
	for k := range byPath {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var sum time.Duration
		for _, d := range byPath[k] {
			sum += d
		}
		fmt.Printf("%-22s n=%d avg=%v\n", k, len(byPath[k]), sum/time.Duration(len(byPath[k])))
	}
	fmt.Println("p50", percentile(all, 0.5), "p90", percentile(all, 0.9), "span", entries[len(entries)-1].at.Sub(entries[0].at))
	var a, b int
	var op string
	n, err := fmt.Sscan("12 + 30", &a, &op, &b)
	fmt.Println(n, err, a, op, b)
	var name string
	var age int
	_, err = fmt.Sscanf("name=ann age=x", "name=%s age=%d", &name, &age)
	fmt.Println(name, age, err)
}
