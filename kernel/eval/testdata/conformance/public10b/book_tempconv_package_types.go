package main

import (
	"flag"
	"fmt"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%.2f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.2f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }
func KToC(k Kelvin) Celsius     { return Celsius(k) + AbsoluteZeroC }

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
		f.Celsius = KToC(Kelvin(value))
		return nil
	}
	return fmt.Errorf("invalid temperature %q", s)
}

func CelsiusFlag(fs *flag.FlagSet, name string, value Celsius, usage string) *Celsius {
	f := celsiusFlag{value}
	fs.Var(&f, name, usage)
	return &f.Celsius
}

func main() {
	fmt.Println(BoilingC-FreezingC, CToF(BoilingC), CToK(FreezingC))
	fmt.Printf("%v %s %g\n", AbsoluteZeroC, CToF(AbsoluteZeroC), float64(KToC(0)))
	c := FToC(212.0)
	fmt.Println(c.String(), c == BoilingC)
	fmt.Printf("%T %T\n", c, CToF(c))
	for _, args := range [][]string{{"-temp", "18C"}, {"-temp", "212°F"}, {"-temp", "300K"}, {"-temp", "40X"}} {
		fs := flag.NewFlagSet("tc", flag.ContinueOnError)
		fs.SetOutput(new(nopWriter))
		t := CelsiusFlag(fs, "temp", 20.0, "the temperature")
		err := fs.Parse(args)
		fmt.Println(*t, err)
	}
}

type nopWriter struct{}

func (*nopWriter) Write(p []byte) (int, error) { return len(p), nil }
