package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,9.50
east,"widget, deluxe",1,25.00
south,widget,20,2.25
east,gizmo,5,"4.75"`

type Row struct {
	Region, Product string
	Units           int
	Price           float64
}

func (r Row) Total() float64 { return float64(r.Units) * r.Price }

func main() {
	rd := csv.NewReader(strings.NewReader(data))
	recs, err := rd.ReadAll()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	var rows []Row
	for _, rec := range recs[1:] {
		u, _ := strconv.Atoi(rec[2])
		p, _ := strconv.ParseFloat(rec[3], 64)
		rows = append(rows, Row{rec[0], rec[1], u, p})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Region < rows[j].Region })
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, strings.Join(recs[0], "\t")+"\ttotal\t")
	byRegion := map[string]float64{}
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t%.2f\t\n", r.Region, r.Product, r.Units, r.Price, r.Total())
		byRegion[r.Region] += r.Total()
	}
	tw.Flush()
	tw = tabwriter.NewWriter(os.Stdout, 6, 4, 1, '.', 0)
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Strings(regions)
	for _, k := range regions {
		fmt.Fprintf(tw, "%s\t%8.2f\n", k, byRegion[k])
	}
	tw.Flush()
	w := csv.NewWriter(os.Stdout)
	w.Comma = ';'
	for _, r := range rows[:3] {
		w.Write([]string{r.Product, fmt.Sprint(r.Units), `say "hi"`})
	}
	w.Flush()
	fmt.Println(w.Error())
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err)
}
