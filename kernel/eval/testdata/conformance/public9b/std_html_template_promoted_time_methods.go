package main

import (
	"errors"
	"fmt"
	"html/template"
	"os"
	"time"
)

type When struct{ time.Time }

type Amount struct{ cents int }

func (a *Amount) String() string { return fmt.Sprintf("$%d.%02d", a.cents/100, a.cents%100) }

type Row struct {
	At    When
	Price *Amount
	Err   error
	Safe  template.HTML
	Items []When
}

func main() {
	rows := []Row{{When{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}, &Amount{1234}, errors.New("x<y"), "<i>ok</i>", []When{{time.Date(2020, 5, 6, 0, 0, 0, 0, time.UTC)}}}}
	t := template.Must(template.New("t").Parse(`{{range .}}<p>{{.At.Format "2006-01-02"}} {{.At.Year}} {{.Price}} {{.Err}} {{.Safe}} {{range .Items}}[{{.Month}}]{{end}} {{.At}}</p>
{{end}}`))
	if err := t.Execute(os.Stdout, rows); err != nil {
		fmt.Println(err)
	}
}
