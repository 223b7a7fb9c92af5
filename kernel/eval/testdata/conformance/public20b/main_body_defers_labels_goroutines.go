package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

type Stage func(string) (string, error)

var ErrEmpty = errors.New("empty input")

func trim(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ErrEmpty
	}
	return s, nil
}

func upper(s string) (string, error) { return strings.ToUpper(s), nil }

func run(stages []Stage, in string) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("stage panicked: %v", r)
		}
	}()
	out = in
	for i, st := range stages {
		if out, err = st(out); err != nil {
			return "", fmt.Errorf("stage %d: %w", i, err)
		}
	}
	return out, nil
}

func main() {
	defer fmt.Println("main: deferred last")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main recovered:", r)
		}
	}()
	stages := []Stage{trim, upper, func(s string) (string, error) {
		if strings.Contains(s, "BOOM") {
			panic("boom inside stage")
		}
		return "<" + s + ">", nil
	}}
	inputs := []string{"  hello ", "   ", "say boom", "ok"}
	results := make([]string, len(inputs))
	var wg sync.WaitGroup
	var mu sync.Mutex
	errCount := 0
	for i, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := run(stages, in)
			if err != nil {
				mu.Lock()
				errCount++
				mu.Unlock()
				out = "error: " + err.Error()
				if errors.Is(err, ErrEmpty) {
					out += " (empty)"
				}
			}
			results[i] = out
		}()
	}
	wg.Wait()
	for i, r := range results {
		fmt.Printf("%d %q\n", i, r)
	}
	fmt.Println("errors:", errCount)
	counts := map[string]int{}
	words := strings.Fields("a b a c b a d")
	for _, w := range words {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return counts[keys[i]] > counts[keys[j]] || counts[keys[i]] == counts[keys[j]] && keys[i] < keys[j]
	})
	fmt.Println(keys)
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := [2]int{-1, -1}
search:
	for y, row := range grid {
		for x, v := range row {
			if v < 0 {
				found = [2]int{y, x}
				break search
			}
		}
	}
	fmt.Println("negative at", found)
	total := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			total += v
		}
	}
	fmt.Println("total", total)
	type pair struct {
		k string
		v int
	}
	var ps []pair
	for k, v := range counts {
		ps = append(ps, pair{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].k < ps[j].k })
	fmt.Printf("%v %+v\n", ps, ps[0])
	fn := func(n int) (r int) {
		defer func() { r *= 2 }()
		return n + 1
	}
	fmt.Println(fn(1), fn(10))
	fmt.Fprintln(os.Stderr, "to stderr")
	var nilMap map[string]int
	nilMap["x"] = 1
	fmt.Println("unreachable")
}
