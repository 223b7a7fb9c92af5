package main

import (
	"encoding/csv"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

const data = `city,country,population,area_km2
Tokyo,Japan,13960000,2194
Delhi,India,16787941,1484
Zürich,Switzerland,421878,87.88
São Paulo,Brazil,12325232,1521
"Washington, D.C.",USA,689545,177
Reykjavík,Iceland,131136,273
`

type Row struct {
	City, Country string
	Pop           int
	Area          float64
}

func (r Row) Density() float64 { return float64(r.Pop) / r.Area }

func table(header []string, rows [][]string, align []byte) string {
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	pad := func(s string, w int, a byte) string {
		n := w - utf8.RuneCountInString(s)
		if a == 'r' {
			return strings.Repeat(" ", n) + s
		}
		return s + strings.Repeat(" ", n)
	}
	var sb strings.Builder
	line := func(cells []string) {
		sb.WriteString("|")
		for i, c := range cells {
			sb.WriteString(" " + pad(c, widths[i], align[i]) + " |")
		}
		sb.WriteString("\n")
	}
	line(header)
	sb.WriteString("|")
	for i, w := range widths {
		d := strings.Repeat("-", w)
		if align[i] == 'r' {
			d = d[:w-1] + ":"
		}
		sb.WriteString(" " + d + " |")
	}
	sb.WriteString("\n")
	for _, r := range rows {
		line(r)
	}
	return sb.String()
}

func main() {
	recs, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		panic(err)
	}
	var rows []Row
	for _, r := range recs[1:] {
		pop, _ := strconv.Atoi(r[2])
		area, _ := strconv.ParseFloat(r[3], 64)
		rows = append(rows, Row{r[0], r[1], pop, area})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Density() > rows[j].Density() })
	var cells [][]string
	total := 0
	for _, r := range rows {
		total += r.Pop
		cells = append(cells, []string{r.City, r.Country, strconv.Itoa(r.Pop), strconv.FormatFloat(r.Area, 'f', -1, 64), fmt.Sprintf("%.1f", r.Density())})
	}
	fmt.Print(table([]string{"City", "Country", "Population", "Area", "Density"}, cells, []byte("llrrr")))
	fmt.Println("total population:", total)
	var out strings.Builder
	w := csv.NewWriter(&out)
	for _, r := range rows[:3] {
		w.Write([]string{r.City, fmt.Sprintf("%.0f", r.Density())})
	}
	w.Flush()
	fmt.Print(out.String())
}
