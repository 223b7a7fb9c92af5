package main

import (
	"encoding/csv"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

const data = `region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,widget,7,2.40
south,gadget,8,9.50
east,gizmo,1,99.99
north,widget,5,2.60
west,gizmo,2,95.00
`

type sale struct {
	region string
	amount float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	recs, err := r.ReadAll()
	if err != nil {
		panic(err)
	}
	rows := recs[1:]
	out := make(chan sale)
	var wg sync.WaitGroup
	chunk := 3
	for i := 0; i < len(rows); i += chunk {
		part := rows[i:min(i+chunk, len(rows))]
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, rec := range part {
				u, _ := strconv.Atoi(rec[2])
				p, _ := strconv.ParseFloat(rec[3], 64)
				out <- sale{rec[0], float64(u) * p}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	totals := map[string]float64{}
	for s := range out {
		totals[s.region] += s.amount
	}
	regions := make([]string, 0, len(totals))
	for k := range totals {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return totals[regions[i]] > totals[regions[j]] })
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"region", "total"})
	for _, k := range regions {
		w.Write([]string{k, strconv.FormatFloat(totals[k], 'f', 2, 64)})
	}
	w.Flush()
	fmt.Print(sb.String())
}
