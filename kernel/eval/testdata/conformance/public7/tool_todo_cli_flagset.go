package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Task struct {
	ID       int
	Title    string
	Priority int
	Done     bool
	Tags     []string
}

type Store struct {
	tasks  []*Task
	nextID int
}

type tagList []string

func (t *tagList) String() string { return strings.Join(*t, ",") }
func (t *tagList) Set(s string) error {
	if s == "" {
		return errors.New("empty tag")
	}
	*t = append(*t, s)
	return nil
}

func (s *Store) run(args []string, out io.Writer) error {
	if len(args) == 0 {
		return errors.New("no command")
	}
	switch cmd := args[0]; cmd {
	case "add":
		fs := flag.NewFlagSet("add", flag.ContinueOnError)
		fs.SetOutput(out)
		prio := fs.Int("p", 3, "priority 1-5")
		var tags tagList
		fs.Var(&tags, "tag", "tag (repeatable)")
		if err := fs.Parse(args[1:]); err != nil {
			return fmt.Errorf("add: %w", err)
		}
		s.nextID++
		t := &Task{ID: s.nextID, Title: strings.Join(fs.Args(), " "), Priority: *prio, Tags: tags}
		s.tasks = append(s.tasks, t)
		fmt.Fprintf(out, "added #%d %q p%d %v\n", t.ID, t.Title, t.Priority, t.Tags)
	case "done":
		var id int
		if _, err := fmt.Sscan(strings.Join(args[1:], " "), &id); err != nil {
			return fmt.Errorf("done: %w", err)
		}
		for _, t := range s.tasks {
			if t.ID == id {
				t.Done = true
				return nil
			}
		}
		return fmt.Errorf("done: no task %d", id)
	case "list":
		fs := flag.NewFlagSet("list", flag.ContinueOnError)
		all := fs.Bool("all", false, "include done")
		tag := fs.String("tag", "", "filter by tag")
		fs.Parse(args[1:])
		ts := append([]*Task(nil), s.tasks...)
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].Priority < ts[j].Priority })
		for _, t := range ts {
			if (t.Done && !*all) || (*tag != "" && !contains(t.Tags, *tag)) {
				continue
			}
			mark := " "
			if t.Done {
				mark = "x"
			}
			fmt.Fprintf(out, "[%s] #%d p%d %s\n", mark, t.ID, t.Priority, t.Title)
		}
	default:
		return fmt.Errorf("unknown command %q", cmd)
	}
	return nil
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func main() {
	s := &Store{}
	var out strings.Builder
	for _, line := range []string{
		"add -p 1 -tag work write report",
		"add buy milk",
		"add -p 2 -tag work -tag urgent call bob",
		"add -p x broken",
		"add -tag= empty",
		"done 2",
		"done 9",
		"list",
		"list -all",
		"list -tag urgent",
		"frobnicate",
		"",
	} {
		if err := s.run(strings.Fields(line), &out); err != nil {
			fmt.Fprintln(&out, "error:", err)
		}
	}
	fmt.Print(out.String())
}
