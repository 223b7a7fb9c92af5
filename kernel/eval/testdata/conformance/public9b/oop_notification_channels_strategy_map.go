package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Notification struct {
	To, Subject, Body string
	Priority          int
}

type Sender interface {
	Send(Notification) error
	Kind() string
}

type EmailSender struct{ sent []string }
type SMSSender struct {
	maxLen int
	sent   []string
}
type PushSender struct {
	tokens map[string]string
	sent   int
}

var ErrUndeliverable = errors.New("undeliverable")

func (e *EmailSender) Kind() string { return "email" }
func (e *EmailSender) Send(n Notification) error {
	if !strings.Contains(n.To, "@") {
		return fmt.Errorf("email to %q: %w", n.To, ErrUndeliverable)
	}
	e.sent = append(e.sent, n.To+":"+n.Subject)
	return nil
}

func (s *SMSSender) Kind() string { return "sms" }
func (s *SMSSender) Send(n Notification) error {
	msg := n.Subject + " " + n.Body
	if len(msg) > s.maxLen {
		msg = msg[:s.maxLen-3] + "..."
	}
	s.sent = append(s.sent, msg)
	return nil
}

func (p *PushSender) Kind() string { return "push" }
func (p *PushSender) Send(n Notification) error {
	if _, ok := p.tokens[n.To]; !ok {
		return fmt.Errorf("push to %s: no device: %w", n.To, ErrUndeliverable)
	}
	p.sent++
	return nil
}

type Dispatcher struct {
	byKind   map[string]Sender
	fallback []string
	failures []error
}

func (d *Dispatcher) Dispatch(kind string, n Notification) string {
	chain := append([]string{kind}, d.fallback...)
	for _, k := range chain {
		s, ok := d.byKind[k]
		if !ok {
			continue
		}
		if err := s.Send(n); err != nil {
			d.failures = append(d.failures, err)
			continue
		}
		return s.Kind()
	}
	return "dropped"
}

func main() {
	email := &EmailSender{}
	sms := &SMSSender{maxLen: 20}
	push := &PushSender{tokens: map[string]string{"ann": "tok1"}}
	d := &Dispatcher{byKind: map[string]Sender{}, fallback: []string{"email", "sms"}}
	for _, s := range []Sender{email, sms, push} {
		d.byKind[s.Kind()] = s
	}
	cases := []struct {
		kind string
		n    Notification
	}{
		{"push", Notification{"ann", "Hi", "welcome aboard", 1}},
		{"push", Notification{"bob@x.io", "Sale", "50% off everything today", 2}},
		{"push", Notification{"carl", "Alert", "disk almost full on server", 3}},
		{"fax", Notification{"dee@y.org", "Fax?", "nobody faxes", 1}},
	}
	for _, c := range cases {
		fmt.Printf("%-5s %-9s -> %s\n", c.kind, c.n.To, d.Dispatch(c.kind, c.n))
	}
	fmt.Println(email.sent, sms.sent, push.sent)
	msgs := make([]string, len(d.failures))
	for i, e := range d.failures {
		msgs[i] = e.Error()
	}
	sort.Strings(msgs)
	fmt.Println(strings.Join(msgs, "\n"))
	fmt.Println(errors.Is(errors.Join(d.failures...), ErrUndeliverable))
}
