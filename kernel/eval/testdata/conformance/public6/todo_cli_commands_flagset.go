package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

type Priority int

func (p *Priority) String() string { return fmt.Sprint(int(*p)) }
func (p *Priority) Set(s string) error {
	switch strings.ToLower(s) {
	case "low":
		*p = 1
	case "mid":
		*p = 2
	case "high":
		*p = 3
	default:
		return fmt.Errorf("priority must be low, mid or high")
	}
	return nil
}

type Todo struct {
	ID       int
	Title    string
	Done     bool
	Priority Priority
	Due      time.Time
	Tags     []string
}

type App struct {
	todos []*Todo
	out   strings.Builder
}

type tagList []string

func (t *tagList) String() string     { return strings.Join(*t, ",") }
func (t *tagList) Set(s string) error { *t = append(*t, s); return nil }

func (a *App) Run(args []string) error {
	if len(args) == 0 {
		return errors.New("no command")
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	switch args[0] {
	case "add":
		prio := Priority(2)
		var tags tagList
		due := fs.String("due", "", "due date YYYY-MM-DD")
		fs.Var(&prio, "p", "priority")
		fs.Var(&tags, "tag", "tag (repeatable)")
		if err := fs.Parse(args[1:]); err != nil {
			return fmt.Errorf("add: %w", err)
		}
		t := &Todo{ID: len(a.todos) + 1, Title: strings.Join(fs.Args(), " "), Priority: prio, Tags: tags}
		if *due != "" {
			d, err := time.Parse(time.DateOnly, *due)
			if err != nil {
				return fmt.Errorf("add: bad -due: %w", err)
			}
			t.Due = d
		}
		a.todos = append(a.todos, t)
		fmt.Fprintf(&a.out, "added #%d\n", t.ID)
	case "done":
		var id int
		if _, err := fmt.Sscan(strings.Join(args[1:], " "), &id); err != nil {
			return fmt.Errorf("done: %w", err)
		}
		if id < 1 || id > len(a.todos) {
			return fmt.Errorf("done: no todo #%d", id)
		}
		a.todos[id-1].Done = true
	case "list":
		all := fs.Bool("a", false, "include done")
		sortBy := fs.String("sort", "prio", "prio|due|title")
		if err := fs.Parse(args[1:]); err != nil {
			return fmt.Errorf("list: %w", err)
		}
		list := make([]*Todo, 0, len(a.todos))
		for _, t := range a.todos {
			if *all || !t.Done {
				list = append(list, t)
			}
		}
		sort.SliceStable(list, func(i, j int) bool {
			switch *sortBy {
			case "due":
				return list[i].Due.Before(list[j].Due)
			case "title":
				return list[i].Title < list[j].Title
			}
			return list[i].Priority > list[j].Priority
		})
		for _, t := range list {
			check := " "
			if t.Done {
				check = "x"
			}
			due := "-"
			if !t.Due.IsZero() {
				due = t.Due.Format("Jan 2")
			}
			fmt.Fprintf(&a.out, "[%s] #%d p%v %-16s %-6s %v\n", check, t.ID, &t.Priority, t.Title, due, t.Tags)
		}
	default:
		return fmt.Errorf("unknown command %q", args[0])
	}
	return nil
}

func main() {
	app := &App{}
	cmds := []string{
		"add -p high -due 2024-03-01 -tag work file taxes",
		"add buy milk",
		"add -p low -tag home -tag garden water plants",
		"add -p urgent nothing",
		"add -due 2024-13-01 bad date",
		"done 2",
		"done 9",
		"list",
		"list -a -sort title",
		"list -sort due",
		"list -x",
		"fly",
	}
	for _, c := range cmds {
		if err := app.Run(strings.Fields(c)); err != nil {
			fmt.Fprintf(&app.out, "error: %v\n", err)
		}
	}
	fmt.Print(app.out.String())
}
