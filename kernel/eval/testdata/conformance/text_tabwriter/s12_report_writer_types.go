package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

type Row interface {
	Cells() []string
}

type Service struct {
	Name   string
	Port   int
	Health float64
}

func (s Service) Cells() []string {
	return []string{s.Name, fmt.Sprint(s.Port), fmt.Sprintf("%.1f%%", s.Health*100)}
}

type Sep string

func (s Sep) Cells() []string { return []string{string(s), string(s), string(s)} }

type lineCounter struct {
	w     io.Writer
	lines int
}

func (l *lineCounter) Write(p []byte) (int, error) {
	l.lines += strings.Count(string(p), "\n")
	return l.w.Write(p)
}

func render(w io.Writer, flags uint, rows []Row) {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', flags)
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r.Cells(), "\t")+"\t")
	}
	tw.Flush()
}

func main() {
	rows := []Row{Sep("NAME"), Service{"api", 8080, 0.999}, Service{"database-primary", 5432, 0.95}, Sep("--"), Service{"cache", 6379, 1}}
	lc := &lineCounter{w: &strings.Builder{}}
	render(lc, 0, rows)
	fmt.Print(lc.w.(*strings.Builder).String())
	fmt.Println(lc.lines)
	var sb strings.Builder
	render(&sb, tabwriter.AlignRight|tabwriter.Debug, rows[:3])
	fmt.Print(sb.String())
	tw := tabwriter.NewWriter(&sb, 4, 4, 1, '.', tabwriter.FilterHTML|tabwriter.StripEscape)
	sb.Reset()
	fmt.Fprintf(tw, "a\t<b>bold</b>\tc\n\xffesc\taped\xff\tx\n")
	tw.Flush()
	fmt.Print(sb.String())
}
