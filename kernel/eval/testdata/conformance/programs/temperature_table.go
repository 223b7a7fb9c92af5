package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "C\tF\tback")
	for c := Celsius(-40); c <= 100; c += 35 {
		f := CToF(c)
		fmt.Fprintf(w, "%v\t%v\t%.2f\n", c, f, float64(FToC(f)))
	}
	w.Flush()
	const boiling Celsius = 100
	fmt.Println(boiling, CToF(boiling), FToC(98.6))
	fmt.Printf("%v %s %.3f %g\n", Celsius(36.6), Fahrenheit(0), Celsius(1.0/3), Celsius(1e-3))
	temps := []Celsius{21.5, 19, 25.25}
	var sum Celsius
	for _, t := range temps {
		sum += t
	}
	fmt.Println(temps, sum/Celsius(len(temps)))
}
