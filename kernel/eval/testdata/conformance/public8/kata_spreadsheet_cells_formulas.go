package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Sheet struct {
	raw   map[string]string
	cache map[string]float64
}

var ErrCycle = errors.New("reference cycle")

func (s *Sheet) Set(cell, v string) {
	s.raw[cell] = v
	clear(s.cache)
}

func (s *Sheet) Value(cell string) (float64, error) {
	return s.eval(cell, map[string]bool{})
}

func (s *Sheet) eval(cell string, visiting map[string]bool) (float64, error) {
	if v, ok := s.cache[cell]; ok {
		return v, nil
	}
	if visiting[cell] {
		return 0, fmt.Errorf("%s: %w", cell, ErrCycle)
	}
	visiting[cell] = true
	defer delete(visiting, cell)
	raw := s.raw[cell]
	var v float64
	if expr, ok := strings.CutPrefix(raw, "="); ok {
		total := 0.0
		for _, term := range strings.Split(expr, "+") {
			term = strings.TrimSpace(term)
			if fn, args, ok := strings.Cut(term, "("); ok && fn == "SUM" {
				from, to, _ := strings.Cut(strings.TrimSuffix(args, ")"), ":")
				for r := from[1] - '0'; r <= to[1]-'0'; r++ {
					x, err := s.eval(fmt.Sprintf("%c%d", from[0], r), visiting)
					if err != nil {
						return 0, err
					}
					total += x
				}
				continue
			}
			if n, err := strconv.ParseFloat(term, 64); err == nil {
				total += n
				continue
			}
			x, err := s.eval(term, visiting)
			if err != nil {
				return 0, fmt.Errorf("%s -> %w", cell, err)
			}
			total += x
		}
		v = total
	} else if raw != "" {
		n, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return 0, fmt.Errorf("%s: not a number %q", cell, raw)
		}
		v = n
	}
	s.cache[cell] = v
	return v, nil
}

func main() {
	s := &Sheet{raw: map[string]string{}, cache: map[string]float64{}}
	s.Set("A1", "10")
	s.Set("A2", "20.5")
	s.Set("A3", "=A1 + A2 + 1")
	s.Set("B1", "=SUM(A1:A3)")
	s.Set("B2", "=B1 + C9")
	cells := []string{"A1", "A2", "A3", "B1", "B2"}
	for _, c := range cells {
		v, err := s.Value(c)
		fmt.Printf("%s = %-6v %v\n", c, v, err)
	}
	s.Set("A1", "=B1")
	_, err := s.Value("A3")
	fmt.Println(err, errors.Is(err, ErrCycle))
	s.Set("A1", "x")
	_, err = s.Value("B1")
	fmt.Println(err)
	keys := make([]string, 0, len(s.raw))
	for k := range s.raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
