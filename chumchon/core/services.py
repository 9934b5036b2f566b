"""Saving edits from the phone pages: one transaction and one audit entry per action."""

from django.db import transaction
from django.forms import BaseFormSet, ModelForm

from chumchon.core.audit import log_action


@transaction.atomic
def save_with_audit(actor, action: str, form: ModelForm, *formsets: BaseFormSet, community=None):
    """Save a validated form and its inline formsets together, or nothing at all."""
    obj = form.save()
    changed = list(form.changed_data)
    for formset in formsets:
        formset.instance = obj
        formset.save()
        if formset.has_changed():
            changed.append(formset.prefix)
    log_action(actor, action, obj, community=community, changed=changed)
    return obj
