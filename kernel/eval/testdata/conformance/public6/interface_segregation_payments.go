package main

import (
	"errors"
	"fmt"
	"strings"
)

type Payer interface {
	Pay(amount int) (string, error)
}
type Refunder interface{ Refund(id string) error }
type PayRefunder interface {
	Payer
	Refunder
}

type Card struct {
	last4   string
	limit   int
	charged map[string]int
	seq     int
}

func (c *Card) Pay(a int) (string, error) {
	if a > c.limit {
		return "", fmt.Errorf("card %s: %d over limit %d", c.last4, a, c.limit)
	}
	c.seq++
	id := fmt.Sprintf("card-%d", c.seq)
	c.charged[id] = a
	c.limit -= a
	return id, nil
}

func (c *Card) Refund(id string) error {
	a, ok := c.charged[id]
	if !ok {
		return fmt.Errorf("refund %s: unknown charge", id)
	}
	delete(c.charged, id)
	c.limit += a
	return nil
}

type Voucher struct{ balance int }

func (v *Voucher) Pay(a int) (string, error) {
	if a > v.balance {
		return "", errors.New("voucher: insufficient balance")
	}
	v.balance -= a
	return "voucher", nil
}

type Split []Payer

func (s Split) Pay(a int) (string, error) {
	share := a / len(s)
	var ids []string
	for i, p := range s {
		amt := share
		if i == len(s)-1 {
			amt = a - share*(len(s)-1)
		}
		id, err := p.Pay(amt)
		if err != nil {
			return strings.Join(ids, "+"), fmt.Errorf("split part %d: %w", i, err)
		}
		ids = append(ids, id)
	}
	return strings.Join(ids, "+"), nil
}

func checkout(p Payer, amount int) {
	id, err := p.Pay(amount)
	fmt.Printf("%T pay %d -> %q err=%v\n", p, amount, id, err)
	if err == nil {
		if r, ok := p.(Refunder); ok && amount > 500 {
			fmt.Println("  large amount refunded:", r.Refund(id))
		}
	}
}

func main() {
	card := &Card{last4: "4242", limit: 1000, charged: map[string]int{}}
	v := &Voucher{balance: 100}
	checkout(card, 300)
	checkout(card, 800)
	checkout(card, 600)
	checkout(v, 80)
	checkout(v, 80)
	checkout(Split{card, v}, 30)
	checkout(Split{v, card}, 200)
	var pr PayRefunder = card
	fmt.Println(pr.Refund("card-99"), card.limit, v.balance)
	payers := []Payer{card, v, Split{v}}
	n := 0
	for _, p := range payers {
		if _, ok := p.(PayRefunder); ok {
			n++
		}
	}
	fmt.Println("refundable:", n)
}
