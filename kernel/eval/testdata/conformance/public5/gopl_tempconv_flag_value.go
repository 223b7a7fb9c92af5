package main

import (
	"flag"
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%g°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%g°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%gK", float64(k)) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }

type celsiusFlag struct{ Celsius }

func (f *celsiusFlag) Set(s string) error {
	var unit string
	var value float64
	fmt.Sscanf(s, "%f%s", &value, &unit)
	switch unit {
	case "C", "°C":
		f.Celsius = Celsius(value)
		return nil
	case "F", "°F":
		f.Celsius = FToC(Fahrenheit(value))
		return nil
	case "K":
		f.Celsius = Celsius(value) + AbsoluteZeroC
		return nil
	}
	return fmt.Errorf("invalid temperature %q", s)
}

func CelsiusFlag(fs *flag.FlagSet, name string, value Celsius, usage string) *Celsius {
	f := celsiusFlag{value}
	fs.Var(&f, name, usage)
	return &f.Celsius
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, strings.Split(s, ",")...); return nil }

func main() {
	fmt.Println(CToF(BoilingC), FToC(212), CToK(FreezingC))
	c := FToC(212.0)
	fmt.Println(c.String(), c, float64(c))
	fmt.Printf("%v %s %g %.1f\n", c, c, c, c)
	fmt.Println(BoilingC-FreezingC, CToF(BoilingC-FreezingC))

	for _, args := range [][]string{
		{"-temp", "18C"},
		{"-temp=-40F", "-tag", "a,b", "-tag", "c", "rest", "args"},
		{"-temp", "273.15K"},
		{"-temp", "100X"},
	} {
		fs := flag.NewFlagSet("temp", flag.ContinueOnError)
		var errs strings.Builder
		fs.SetOutput(&errs)
		temp := CelsiusFlag(fs, "temp", 20.0, "the temperature")
		var tags listFlag
		fs.Var(&tags, "tag", "tags")
		err := fs.Parse(args)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Println(strings.SplitN(errs.String(), "\n", 2)[0])
			continue
		}
		fmt.Println(*temp, tags, len(tags), fs.Args())
	}
}
