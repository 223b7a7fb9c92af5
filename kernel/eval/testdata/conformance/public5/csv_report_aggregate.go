package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,widget,,2.50
south,gadget,7,9.50
"north, west","gizmo ""pro""",1,99.99
east,gadget,2,10.00
`

type key struct{ region, product string }

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	fmt.Println(header, err)
	totals := map[key]float64{}
	byRegion := map[string]int{}
	line := 1
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			fmt.Println("read:", err)
			continue
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("line %d: bad units %q: %v\n", line, rec[2], err)
			continue
		}
		price, _ := strconv.ParseFloat(rec[3], 64)
		totals[key{rec[0], rec[1]}] += float64(units) * price
		byRegion[rec[0]] += units
	}
	keys := make([]key, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].region != keys[j].region {
			return keys[i].region < keys[j].region
		}
		return keys[i].product < keys[j].product
	})
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "product", "revenue"})
	for _, k := range keys {
		w.Write([]string{k.region, k.product, strconv.FormatFloat(totals[k], 'f', 2, 64)})
	}
	w.Flush()
	fmt.Println(w.Error(), byRegion)
	bad := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = bad.ReadAll()
	fmt.Println(err)
	lazy := csv.NewReader(strings.NewReader("x;\"y\";z\n# comment\n1;2;3\n"))
	lazy.Comma = ';'
	lazy.Comment = '#'
	all, err := lazy.ReadAll()
	fmt.Println(all, err)
	var pe *csv.ParseError
	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println(errors.As(err, &pe), err)
}
