package main

import (
	"errors"
	"fmt"
)

type PaymentStrategy interface {
	Pay(amount float64) (string, error)
}

type CreditCard struct {
	Number string
	limit  float64
}

func (c *CreditCard) Pay(amount float64) (string, error) {
	if amount > c.limit {
		return "", fmt.Errorf("card %s: limit %.2f exceeded by %.2f", c.Number[len(c.Number)-4:], c.limit, amount-c.limit)
	}
	c.limit -= amount
	return fmt.Sprintf("paid %.2f by card ****%s", amount, c.Number[len(c.Number)-4:]), nil
}

type PayPal struct{ Email string }

func (p PayPal) Pay(amount float64) (string, error) {
	return fmt.Sprintf("paid %.2f via PayPal (%s)", amount, p.Email), nil
}

type Crypto struct {
	Coin string
	Rate float64
}

func (c Crypto) Pay(amount float64) (string, error) {
	if c.Rate == 0 {
		return "", ErrNoRate
	}
	return fmt.Sprintf("paid %.6f %s", amount/c.Rate, c.Coin), nil
}

var ErrNoRate = errors.New("no exchange rate")

type PayFunc func(float64) (string, error)

func (f PayFunc) Pay(a float64) (string, error) { return f(a) }

type Checkout struct {
	strategy PaymentStrategy
	log      []string
}

func (c *Checkout) SetStrategy(s PaymentStrategy) { c.strategy = s }
func (c *Checkout) Process(amount float64) {
	msg, err := c.strategy.Pay(amount)
	if err != nil {
		c.log = append(c.log, "ERR "+err.Error())
		return
	}
	c.log = append(c.log, msg)
}

func main() {
	card := &CreditCard{"4111111111111111", 100}
	co := &Checkout{}
	strategies := []PaymentStrategy{card, PayPal{"a@b.c"}, Crypto{"BTC", 50000}, Crypto{Coin: "XYZ"}, card,
		PayFunc(func(a float64) (string, error) { return fmt.Sprint("cash ", a), nil })}
	amounts := []float64{60, 25.5, 1234.5, 10, 50, 3}
	for i, s := range strategies {
		co.SetStrategy(s)
		co.Process(amounts[i])
	}
	for _, l := range co.log {
		fmt.Println(l)
	}
	fmt.Printf("%.2f %T %T\n", card.limit, strategies[0], strategies[5])
	_, err := Crypto{}.Pay(1)
	fmt.Println(errors.Is(err, ErrNoRate), err == ErrNoRate)
}
