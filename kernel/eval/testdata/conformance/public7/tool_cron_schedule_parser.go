package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

type Field struct {
	Name     string
	Min, Max int
}

var fields = []Field{{"minute", 0, 59}, {"hour", 0, 23}, {"day", 1, 31}, {"month", 1, 12}, {"weekday", 0, 6}}

type Schedule [5]map[int]bool

func parseField(expr string, f Field) (map[int]bool, error) {
	set := map[int]bool{}
	for _, part := range strings.Split(expr, ",") {
		step := 1
		if base, s, ok := strings.Cut(part, "/"); ok {
			n, err := strconv.Atoi(s)
			if err != nil || n <= 0 {
				return nil, fmt.Errorf("%s: bad step %q", f.Name, s)
			}
			part, step = base, n
		}
		lo, hi := f.Min, f.Max
		if part != "*" {
			a, b, isRange := strings.Cut(part, "-")
			var err error
			if lo, err = strconv.Atoi(a); err != nil {
				return nil, fmt.Errorf("%s: bad value %q", f.Name, a)
			}
			hi = lo
			if isRange {
				if hi, err = strconv.Atoi(b); err != nil {
					return nil, fmt.Errorf("%s: bad value %q", f.Name, b)
				}
			}
		}
		if lo < f.Min || hi > f.Max || lo > hi {
			return nil, fmt.Errorf("%s: %d-%d out of range %d-%d", f.Name, lo, hi, f.Min, f.Max)
		}
		for v := lo; v <= hi; v += step {
			set[v] = true
		}
	}
	return set, nil
}

func Parse(spec string) (Schedule, error) {
	var s Schedule
	parts := strings.Fields(spec)
	if len(parts) != 5 {
		return s, fmt.Errorf("want 5 fields, got %d", len(parts))
	}
	for i, p := range parts {
		set, err := parseField(p, fields[i])
		if err != nil {
			return s, err
		}
		s[i] = set
	}
	return s, nil
}

func (s Schedule) Matches(t time.Time) bool {
	return s[0][t.Minute()] && s[1][t.Hour()] && s[2][t.Day()] && s[3][int(t.Month())] && s[4][int(t.Weekday())]
}

func (s Schedule) Next(after time.Time, n int) []time.Time {
	var out []time.Time
	t := after.Truncate(time.Minute).Add(time.Minute)
	for limit := 0; len(out) < n && limit < 366*24*60; limit++ {
		if s.Matches(t) {
			out = append(out, t)
		}
		t = t.Add(time.Minute)
	}
	return out
}

func main() {
	start := time.Date(2024, time.March, 1, 10, 7, 30, 0, time.UTC)
	for _, spec := range []string{"*/15 * * * *", "0 9-17/4 * * 1-5", "30 2 1 * *", "0 0 29 2 *", "5 4 * * 0", "61 * * * *", "* * *", "1-x * * * *", "0 12 * * 7"} {
		s, err := Parse(spec)
		if err != nil {
			fmt.Printf("%-18s error: %v\n", spec, err)
			continue
		}
		fmt.Printf("%-18s", spec)
		for _, t := range s.Next(start, 3) {
			fmt.Print(" ", t.Format("Mon 01-02 15:04"))
		}
		fmt.Println()
	}
}
