package main

import (
	"errors"
	"fmt"
)

type Machine struct {
	state   string
	table   map[string]map[string]func(*Machine, string) (string, error)
	byState map[string][]func(m *Machine)
	history []string
}

type transition = func(*Machine, string) (string, error)

func (m *Machine) fire(ev string) error {
	row, ok := m.table[m.state]
	if !ok {
		return errors.New("no row for " + m.state)
	}
	f, ok := row[ev]
	if !ok {
		return fmt.Errorf("event %q not allowed in %s", ev, m.state)
	}
	next, err := f(m, ev)
	if err != nil {
		return err
	}
	m.history = append(m.history, m.state+"->"+next)
	m.state = next
	for _, g := range m.byState[next] {
		g(m)
	}
	return nil
}

func goTo(to string) transition {
	return func(m *Machine, ev string) (string, error) { return to, nil }
}

func main() {
	m := &Machine{state: "idle", table: map[string]map[string]func(*Machine, string) (string, error){
		"idle":    {"start": goTo("running")},
		"running": {"pause": goTo("paused"), "stop": goTo("idle")},
		"paused":  {"resume": goTo("running"), "fail": func(*Machine, string) (string, error) { return "", errors.New("broken") }},
	}, byState: map[string][]func(*Machine){}}
	m.byState["paused"] = append(m.byState["paused"], func(m *Machine) { fmt.Println("  entered paused after", len(m.history), "moves") })
	for _, ev := range []string{"start", "pause", "fly", "resume", "pause", "fail", "resume", "stop"} {
		if err := m.fire(ev); err != nil {
			fmt.Println(ev, "error:", err)
			continue
		}
		fmt.Println(ev, "->", m.state)
	}
	fmt.Println(m.history)
}
