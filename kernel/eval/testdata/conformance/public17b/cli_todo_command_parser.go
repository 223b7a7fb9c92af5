package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

func (p Priority) String() string { return [...]string{"low", "medium", "high"}[p] }

func parsePriority(s string) (Priority, error) {
	switch strings.ToLower(s) {
	case "low", "l":
		return Low, nil
	case "medium", "m", "":
		return Medium, nil
	case "high", "h":
		return High, nil
	}
	return 0, fmt.Errorf("bad priority %q", s)
}

type Item struct {
	ID   int
	Text string
	Prio Priority
	Done bool
	Tags []string
}

type App struct {
	items  []*Item
	nextID int
}

var ErrNoSuchItem = errors.New("no such item")

func (a *App) find(idStr string) (*Item, error) {
	id, err := strconv.Atoi(idStr)
	if err != nil {
		return nil, fmt.Errorf("id %q: %w", idStr, err)
	}
	for _, it := range a.items {
		if it.ID == id {
			return it, nil
		}
	}
	return nil, fmt.Errorf("id %d: %w", id, ErrNoSuchItem)
}

func (a *App) Run(line string) string {
	cmd, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
	switch cmd {
	case "add":
		prio := Medium
		var tags []string
		var words []string
		for _, w := range strings.Fields(rest) {
			switch {
			case strings.HasPrefix(w, "!"):
				p, err := parsePriority(w[1:])
				if err != nil {
					return "error: " + err.Error()
				}
				prio = p
			case strings.HasPrefix(w, "#"):
				tags = append(tags, w[1:])
			default:
				words = append(words, w)
			}
		}
		a.nextID++
		a.items = append(a.items, &Item{a.nextID, strings.Join(words, " "), prio, false, tags})
		return fmt.Sprintf("added #%d", a.nextID)
	case "done":
		it, err := a.find(rest)
		if err != nil {
			return "error: " + err.Error()
		}
		it.Done = true
		return fmt.Sprintf("completed %q", it.Text)
	case "list":
		items := append([]*Item(nil), a.items...)
		sort.SliceStable(items, func(i, j int) bool {
			if items[i].Done != items[j].Done {
				return !items[i].Done
			}
			return items[i].Prio > items[j].Prio
		})
		var sb strings.Builder
		for _, it := range items {
			if rest != "" && !containsTag(it.Tags, rest) {
				continue
			}
			box := " "
			if it.Done {
				box = "x"
			}
			fmt.Fprintf(&sb, "[%s] %d %-6v %s %v\n", box, it.ID, it.Prio, it.Text, it.Tags)
		}
		return strings.TrimRight(sb.String(), "\n")
	}
	return fmt.Sprintf("unknown command %q", cmd)
}

func containsTag(tags []string, t string) bool {
	for _, x := range tags {
		if x == t {
			return true
		}
	}
	return false
}

const script = `add buy milk #home
add fix bug 42 !high #work
add call mom !l #home
add write report !x
done 2
done 9
done abc
list
list home
frobnicate`

func main() {
	app := &App{}
	sc := bufio.NewScanner(strings.NewReader(script))
	for sc.Scan() {
		fmt.Printf("> %s\n%s\n", sc.Text(), app.Run(sc.Text()))
	}
}
