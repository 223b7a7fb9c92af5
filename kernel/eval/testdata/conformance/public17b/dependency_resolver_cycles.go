package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Package struct {
	Name    string
	Version string
	Deps    []string
}

type CycleError struct{ Path []string }

func (e *CycleError) Error() string { return "dependency cycle: " + strings.Join(e.Path, " -> ") }

type MissingError struct{ Name, From string }

func (e MissingError) Error() string {
	return fmt.Sprintf("%s requires missing package %s", e.From, e.Name)
}

func resolve(pkgs map[string]Package, root string) ([]string, error) {
	const (
		unvisited = iota
		visiting
		done
	)
	state := map[string]int{}
	var order []string
	var stack []string
	var visit func(string, string) error
	visit = func(name, from string) error {
		p, ok := pkgs[name]
		if !ok {
			return MissingError{name, from}
		}
		switch state[name] {
		case visiting:
			i := slices.Index(stack, name)
			cyc := append(slices.Clone(stack[i:]), name)
			return &CycleError{cyc}
		case done:
			return nil
		}
		state[name] = visiting
		stack = append(stack, name)
		deps := slices.Clone(p.Deps)
		slices.Sort(deps)
		for _, d := range deps {
			if err := visit(d, name); err != nil {
				return fmt.Errorf("via %s: %w", name, err)
			}
		}
		stack = stack[:len(stack)-1]
		state[name] = done
		order = append(order, name+"@"+p.Version)
		return nil
	}
	err := visit(root, "")
	return order, err
}

func main() {
	pkgs := map[string]Package{
		"app":      {"app", "1.0", []string{"web", "db", "log"}},
		"web":      {"web", "2.3", []string{"log", "json"}},
		"db":       {"db", "0.9", []string{"log"}},
		"log":      {"log", "1.1", nil},
		"json":     {"json", "3.0", []string{"reflectx"}},
		"reflectx": {"reflectx", "0.1", nil},
	}
	order, err := resolve(pkgs, "app")
	fmt.Println(order, err)
	pkgs["log"] = Package{"log", "1.2", []string{"web"}}
	order, err = resolve(pkgs, "app")
	var ce *CycleError
	fmt.Println(order, errors.As(err, &ce))
	fmt.Println(err)
	if ce != nil {
		fmt.Println(len(ce.Path), ce.Path[0] == ce.Path[len(ce.Path)-1])
	}
	delete(pkgs, "reflectx")
	pkgs["log"] = Package{"log", "1.1", nil}
	_, err = resolve(pkgs, "app")
	var me MissingError
	fmt.Println(err, errors.As(err, &me), me.Name)
}
