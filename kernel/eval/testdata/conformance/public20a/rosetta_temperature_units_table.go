package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

func (c Celsius) F() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) K() Kelvin     { return Kelvin(c + 273.15) }
func (f Fahrenheit) C() Celsius { return Celsius((f - 32) * 5 / 9) }
func (k Kelvin) C() Celsius     { return Celsius(k - 273.15) }

func (c Celsius) String() string    { return fmt.Sprintf("%.2f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.2f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "C\tF\tK\t")
	for _, c := range []Celsius{-273.15, -40, 0, 21.5, 37, 100} {
		fmt.Fprintf(w, "%v\t%v\t%v\t\n", c, c.F(), c.K())
	}
	w.Flush()
	fmt.Println(Fahrenheit(98.6).C(), Kelvin(0).C(), Celsius(-40).F() == Fahrenheit(-40))
	temps := []fmt.Stringer{Celsius(1), Fahrenheit(2), Kelvin(3)}
	fmt.Println(temps)
	fmt.Printf("%v %.1f %T\n", Celsius(5), float64(Celsius(5).F()), Celsius(5).K())
}
