package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type reading struct {
	station string
	celsius float64
	err     error
}

func parseLines(lines []string) <-chan reading {
	ch := make(chan reading)
	go func() {
		defer close(ch)
		for _, l := range lines {
			name, val, ok := strings.Cut(l, "=")
			if !ok {
				ch <- reading{station: l, err: fmt.Errorf("no '=' in %q", l)}
				continue
			}
			c, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
			ch <- reading{strings.TrimSpace(name), c, err}
		}
	}()
	return ch
}

func toFahrenheit(in <-chan reading, workers int) <-chan reading {
	out := make(chan reading, workers)
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for r := range in {
				if r.err == nil {
					r.celsius = r.celsius*9/5 + 32
				}
				out <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	lines := []string{"oslo = -3.5", "cairo=35", "lima = 18.25", "broken line", "quito = abc", "nuuk=-20"}
	byStation := map[string]float64{}
	var problems []string
	for r := range toFahrenheit(parseLines(lines), 3) {
		if r.err != nil {
			problems = append(problems, r.err.Error())
			continue
		}
		byStation[r.station] = r.celsius
	}
	names := make([]string, 0, len(byStation))
	for n := range byStation {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return byStation[names[i]] < byStation[names[j]] })
	for _, n := range names {
		fmt.Printf("%-6s %6.1f°F\n", n, byStation[n])
	}
	sort.Strings(problems)
	fmt.Println(strings.Join(problems, "\n"))
}
