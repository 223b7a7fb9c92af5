package main

import (
	"errors"
	"fmt"
	"strings"
	"text/template"
)

type Account struct {
	Owner   string
	Balance int
	History []Tx
}

type Tx struct {
	Amount int
	Memo   string
}

var ErrInsufficient = errors.New("insufficient funds")

type TxError struct {
	Tx  Tx
	Err error
}

func (e TxError) Error() string { return fmt.Sprintf("tx %+v: %v", e.Tx, e.Err) }
func (e TxError) Unwrap() error { return e.Err }

func (a *Account) Apply(tx Tx) error {
	if a.Balance+tx.Amount < 0 {
		return TxError{tx, ErrInsufficient}
	}
	a.Balance += tx.Amount
	a.History = append(a.History, tx)
	return nil
}

func (a *Account) Statement() (string, error) {
	t, err := template.New("s").Funcs(template.FuncMap{
		"sign": func(n int) string {
			if n < 0 {
				return "-"
			}
			return "+"
		},
		"abs": func(n int) int { return max(n, -n) },
	}).Parse(`{{.Owner}}: {{range .History}}{{sign .Amount}}{{abs .Amount}}({{.Memo}}) {{end}}= {{.Balance}}`)
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	err = t.Execute(&sb, a)
	return sb.String(), err
}

func main() {
	a := &Account{Owner: "ann"}
	for _, tx := range []Tx{{100, "pay"}, {-30, "food"}, {-100, "rent"}, {5, "gift"}} {
		if err := a.Apply(tx); err != nil {
			var te TxError
			fmt.Println(err, errors.Is(err, ErrInsufficient), errors.As(err, &te), te.Tx.Memo)
		}
	}
	s, err := a.Statement()
	fmt.Println(s, err)
}
