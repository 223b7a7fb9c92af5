package main

import (
	"fmt"
	"math"
	"strings"
)

type Window struct {
	size   int
	values []float64
	sum    float64
	sumSq  float64
}

func (w *Window) Push(v float64) {
	w.values = append(w.values, v)
	w.sum += v
	w.sumSq += v * v
	if len(w.values) > w.size {
		old := w.values[0]
		w.values = w.values[1:]
		w.sum -= old
		w.sumSq -= old * old
	}
}

func (w *Window) Mean() float64 { return w.sum / float64(len(w.values)) }
func (w *Window) Std() float64 {
	n := float64(len(w.values))
	v := w.sumSq/n - (w.sum/n)*(w.sum/n)
	return math.Sqrt(math.Max(v, 0))
}

func sparkline(vs []float64) string {
	bars := []rune("▁▂▃▄▅▆▇█")
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range vs {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	var sb strings.Builder
	for _, v := range vs {
		i := 0
		if hi > lo {
			i = int((v - lo) / (hi - lo) * float64(len(bars)-1))
		}
		sb.WriteRune(bars[i])
	}
	return sb.String()
}

func main() {
	latencies := []float64{12, 15, 11, 14, 90, 13, 12, 16, 15, 14, 120, 13}
	w := &Window{size: 5}
	for i, v := range latencies {
		w.Push(v)
		mean, std := w.Mean(), w.Std()
		flag := ""
		if len(w.values) == w.size && v > mean+1.5*std {
			flag = " <- spike"
		}
		fmt.Printf("%2d v=%5.1f mean=%6.2f std=%6.2f%s\n", i, v, mean, std, flag)
	}
	fmt.Println(sparkline(latencies))
	fmt.Println(sparkline([]float64{1, 1, 1}))
}
