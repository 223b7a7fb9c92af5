// text/template reads promoted fields and calls promoted methods of
// embedded compiled types.
package main

import (
	"os"
	"strings"
	"sync"
	"text/template"
	"time"
)

type Page struct {
	*sync.Mutex
	time.Time
	Title string
	strings.Builder
}

func main() {
	p := &Page{Mutex: new(sync.Mutex), Time: time.Date(2022, 8, 9, 0, 0, 0, 0, time.UTC), Title: "T"}
	p.WriteString("body")
	tm := template.Must(template.New("p").Parse("{{.Title}} {{.Year}} {{.Month}} {{.Len}}\n"))
	if err := tm.Execute(os.Stdout, p); err != nil {
		panic(err)
	}
}
