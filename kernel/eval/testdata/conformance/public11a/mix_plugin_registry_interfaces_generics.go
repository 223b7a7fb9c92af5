package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Run(input string) (string, error)
}

type Describer interface {
	Describe() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type upper struct{ base }
type reverse struct{ base }
type failing struct {
	base
	err error
}

func (upper) Run(s string) (string, error) { return strings.ToUpper(s), nil }
func (reverse) Run(s string) (string, error) {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r), nil
}
func (f failing) Run(string) (string, error) { return "", f.err }
func (r reverse) Describe() string           { return "reverses runes of " + r.name }

type Registry[P interface {
	Plugin
	comparable
}] struct {
	items map[string]P
	order []string
}

func NewRegistry[P interface {
	Plugin
	comparable
}]() *Registry[P] {
	return &Registry[P]{items: map[string]P{}}
}

func (r *Registry[P]) Register(p P) error {
	if _, dup := r.items[p.Name()]; dup {
		return fmt.Errorf("plugin %q already registered", p.Name())
	}
	r.items[p.Name()] = p
	r.order = append(r.order, p.Name())
	return nil
}

func (r *Registry[P]) Chain(input string, names ...string) (string, error) {
	var errs []error
	for _, n := range names {
		p, ok := r.items[n]
		if !ok {
			errs = append(errs, fmt.Errorf("no plugin %q", n))
			continue
		}
		out, err := p.Run(input)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", n, err))
			continue
		}
		input = out
	}
	return input, errors.Join(errs...)
}

var ErrMaintenance = errors.New("under maintenance")

func main() {
	reg := NewRegistry[Plugin]()
	for _, p := range []Plugin{upper{base{"up"}}, reverse{base{"rev"}}, failing{base{"bad"}, ErrMaintenance}, upper{base{"up"}}} {
		if err := reg.Register(p); err != nil {
			fmt.Println("register:", err)
		}
	}
	out, err := reg.Chain("hello, 世界", "up", "rev", "bad", "missing")
	fmt.Println(out)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrMaintenance))
	names := append([]string(nil), reg.order...)
	sort.Strings(names)
	for _, n := range names {
		p := reg.items[n]
		if d, ok := p.(Describer); ok {
			fmt.Printf("%s: %s\n", n, d.Describe())
		} else {
			fmt.Printf("%s: %T\n", n, p)
		}
	}
	fmt.Println(reg.items["up"] == upper{base{"up"}}, reg.items["rev"] == Plugin(reverse{base{"rev"}}))
}
