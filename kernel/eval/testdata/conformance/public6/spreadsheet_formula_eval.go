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
	stack map[string]bool
}

var ErrCycle = errors.New("circular reference")

func NewSheet() *Sheet { return &Sheet{raw: map[string]string{}} }

func (s *Sheet) Set(cell, v string) { s.raw[cell] = v }

func (s *Sheet) Eval(cell string) (float64, error) {
	s.cache = map[string]float64{}
	s.stack = map[string]bool{}
	return s.eval(cell)
}

func (s *Sheet) eval(cell string) (float64, error) {
	if v, ok := s.cache[cell]; ok {
		return v, nil
	}
	if s.stack[cell] {
		return 0, fmt.Errorf("%s: %w", cell, ErrCycle)
	}
	s.stack[cell] = true
	defer delete(s.stack, cell)
	raw, ok := s.raw[cell]
	if !ok {
		return 0, nil
	}
	var v float64
	var err error
	if f, ok := strings.CutPrefix(raw, "="); ok {
		v, err = s.formula(f)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", cell, err)
		}
	} else if v, err = strconv.ParseFloat(raw, 64); err != nil {
		return 0, fmt.Errorf("%s: not a number %q", cell, raw)
	}
	s.cache[cell] = v
	return v, nil
}

// formula supports SUM(A1:A3), AVG(...), and a+b-c of cells and numbers.
func (s *Sheet) formula(f string) (float64, error) {
	if name, args, ok := strings.Cut(f, "("); ok {
		args = strings.TrimSuffix(args, ")")
		from, to, _ := strings.Cut(args, ":")
		col := from[:1]
		a, _ := strconv.Atoi(from[1:])
		b, _ := strconv.Atoi(to[1:])
		var sum float64
		for r := a; r <= b; r++ {
			v, err := s.eval(col + strconv.Itoa(r))
			if err != nil {
				return 0, err
			}
			sum += v
		}
		switch name {
		case "SUM":
			return sum, nil
		case "AVG":
			return sum / float64(b-a+1), nil
		}
		return 0, fmt.Errorf("unknown function %s", name)
	}
	total, sign := 0.0, 1.0
	for _, tok := range strings.FieldsFunc(strings.ReplaceAll(strings.ReplaceAll(f, "+", " + "), "-", " - "), func(r rune) bool { return r == ' ' }) {
		switch tok {
		case "+":
			sign = 1
		case "-":
			sign = -1
		default:
			var v float64
			var err error
			if tok[0] >= 'A' && tok[0] <= 'Z' {
				v, err = s.eval(tok)
			} else {
				v, err = strconv.ParseFloat(tok, 64)
			}
			if err != nil {
				return 0, err
			}
			total += sign * v
		}
	}
	return total, nil
}

func main() {
	sh := NewSheet()
	for cell, v := range map[string]string{
		"A1": "10", "A2": "20", "A3": "30.5", "B1": "=SUM(A1:A3)", "B2": "=AVG(A1:A3)",
		"B3": "=B1-A1+2", "C1": "=C2+1", "C2": "=C1", "D1": "abc", "D2": "=D1+1", "E1": "=MAX(A1:A2)",
	} {
		sh.Set(cell, v)
	}
	cells := make([]string, 0, len(sh.raw))
	for c := range sh.raw {
		cells = append(cells, c)
	}
	sort.Strings(cells)
	for _, c := range cells {
		v, err := sh.Eval(c)
		if err != nil {
			fmt.Printf("%s ERROR %v (cycle=%t)\n", c, err, errors.Is(err, ErrCycle))
			continue
		}
		fmt.Printf("%s = %g\n", c, v)
	}
	v, _ := sh.Eval("Z9")
	fmt.Println("empty:", v)
}
