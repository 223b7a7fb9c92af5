package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Rectangle struct{ Width, Height float64 }
type Circle struct{ Radius float64 }
type Triangle struct{ Base, Height float64 }

func (r Rectangle) Area() float64 { return r.Width * r.Height }
func (c Circle) Area() float64    { return math.Pi * c.Radius * c.Radius }
func (t Triangle) Area() float64  { return t.Base * t.Height * 0.5 }

func Perimeter(r Rectangle) float64 { return 2 * (r.Width + r.Height) }

type Wallet struct{ balance Bitcoin }
type Bitcoin int

func (b Bitcoin) String() string { return fmt.Sprintf("%d BTC", int(b)) }

var ErrInsufficientFunds = fmt.Errorf("cannot withdraw, insufficient funds")

func (w *Wallet) Deposit(amount Bitcoin) { w.balance += amount }
func (w *Wallet) Balance() Bitcoin       { return w.balance }
func (w *Wallet) Withdraw(amount Bitcoin) error {
	if amount > w.balance {
		return ErrInsufficientFunds
	}
	w.balance -= amount
	return nil
}

func main() {
	areaTests := []struct {
		name    string
		shape   Shape
		hasArea float64
	}{
		{name: "Rectangle", shape: Rectangle{Width: 12, Height: 6}, hasArea: 72.0},
		{name: "Circle", shape: Circle{Radius: 10}, hasArea: 314.1592653589793},
		{name: "Triangle", shape: Triangle{Base: 12, Height: 6}, hasArea: 36.0},
	}
	for _, tt := range areaTests {
		got := tt.shape.Area()
		status := "ok"
		if got != tt.hasArea {
			status = fmt.Sprintf("%#v got %g want %g", tt.shape, got, tt.hasArea)
		}
		fmt.Println(tt.name, status)
	}
	fmt.Println(Perimeter(Rectangle{10.0, 10.0}))
	w := Wallet{}
	w.Deposit(Bitcoin(10))
	fmt.Println(w.Balance())
	fmt.Printf("%s %v %d\n", w.Balance(), w.balance, w.balance)
	err := w.Withdraw(Bitcoin(100))
	fmt.Println(err, w.Balance())
	fmt.Println(w.Withdraw(4), w.Balance())
	fmt.Printf("%#v\n", w)
}
